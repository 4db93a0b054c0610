import { z } from "zod";

export const ZFindMemberRewardsInput = z.object({ memberId: z.number().int().positive() });
