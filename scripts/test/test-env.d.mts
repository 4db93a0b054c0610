export declare const testDataDir: string;
export declare const E2E_APP_PORT: number;
export declare const E2E_EMULATOR_PORT: number;
export declare const UNREACHABLE_STAMPS_URL: string;
export declare const testEnv: Record<string, string>;
export declare const e2eEnv: Record<string, string> & {
  DATABASE_URL: string;
  EMULATOR_DATABASE_URL: string;
  EMULATOR_DEMO_TOKEN: string;
  EMULATOR_OTHER_DEMO_TOKEN: string;
  DEMO_STAMPS_API_BASE_URL: string;
};
