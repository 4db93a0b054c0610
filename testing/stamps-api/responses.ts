import responsesFile from "./responses.json";

/** An example answer of the Stamps API documents: where it is, the text as printed, and the typos fixed. */
export type DocResponse = { source: string; printed: string; repaired?: string };

type Bodies<T> = { [Group in keyof T]: { [Name in keyof T[Group]]: string } };

/**
 * The documents' example answers (responses.json, checked against the documents by examples.test.ts),
 * by endpoint group and name, as a client would receive them: as printed, or with only the typos fixed
 * where the printed text is not JSON.
 */
export const docResponses = Object.fromEntries(
  Object.entries(responsesFile as Record<string, Record<string, DocResponse>>).map(([group, answers]) => [
    group,
    Object.fromEntries(Object.entries(answers).map(([name, answer]) => [name, answer.repaired ?? answer.printed])),
  ]),
) as Bodies<typeof responsesFile>;

export const docResponseEntries = responsesFile as Record<string, Record<string, DocResponse>>;
