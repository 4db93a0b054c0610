/** Hono environment of the emulator: what the auth middleware leaves for the handlers. */
export type EmulatorEnv = {
  Variables: {
    /** merchant the API token belongs to */
    tokenMerchantId: number;
  };
};
