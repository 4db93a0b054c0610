import { createTRPCRouter } from "@/server/api/trpc";
import { approveCampaignProcedure } from "./approve-campaign";
import { cancelCampaignProcedure } from "./cancel-campaign";
import { createCampaignProcedure } from "./create-campaign";
import { findCampaignRowsProcedure } from "./find-campaign-rows";
import { findCampaignsProcedure } from "./find-campaigns";
import { getCampaignProcedure } from "./get-campaign";
import { getCampaignProgressProcedure } from "./get-campaign-progress";
import { getCampaignSummaryProcedure } from "./get-campaign-summary";
import { pasteRowsProcedure } from "./paste-rows";
import { pauseCampaignProcedure } from "./pause-campaign";
import { requestDryRunProcedure } from "./request-dry-run";
import { resumeCampaignProcedure } from "./resume-campaign";
import { retryFailedRowsProcedure } from "./retry-failed-rows";
import { setColumnMappingProcedure } from "./set-column-mapping";
import { startCampaignProcedure } from "./start-campaign";
import { submitCampaignProcedure } from "./submit-campaign";
import { updateCampaignProcedure } from "./update-campaign";

export const campaignsRouter = createTRPCRouter({
  find: findCampaignsProcedure,
  get: getCampaignProcedure,
  create: createCampaignProcedure,
  update: updateCampaignProcedure,
  setColumnMapping: setColumnMappingProcedure,
  pasteRows: pasteRowsProcedure,
  getSummary: getCampaignSummaryProcedure,
  findRows: findCampaignRowsProcedure,
  requestDryRun: requestDryRunProcedure,
  submit: submitCampaignProcedure,
  approve: approveCampaignProcedure,
  start: startCampaignProcedure,
  pause: pauseCampaignProcedure,
  resume: resumeCampaignProcedure,
  cancel: cancelCampaignProcedure,
  retryFailed: retryFailedRowsProcedure,
  getProgress: getCampaignProgressProcedure,
});
