/** The reason a search refuses a request, in Chinese as the CLI prints it (fails when it does not refuse). */
import { reasonOf } from '../../../src/analysis/optimise/unmet-request-error.ts';
import { translateMessage } from '../../../src/i18n/index.ts';

/** The Chinese reason of the refusal a call throws; throws itself when there is none. */
export function refusal(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    const reason = reasonOf(error);
    if (reason) return translateMessage('zh-CN', reason);
    throw error;
  }
  throw new Error('no refusal');
}

/** The Chinese reason a promised search is refused for; throws when it is not refused. */
export async function refusalOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    const reason = reasonOf(error);
    if (reason) return translateMessage('zh-CN', reason);
    throw error;
  }
  throw new Error('no refusal');
}
