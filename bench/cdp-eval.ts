/**
 * Evaluating in a page through the DevTools protocol (an expression and `Input.dispatch*`
 * add no task of their own the page could count), and polling an expression until it holds.
 */
import type { CDPSession } from 'playwright-core';

export interface PageEval {
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` every 25 ms until it is truthy; throws naming `what` after `timeoutMs`. */
  until(expression: string, what: string, timeoutMs: number): Promise<void>;
}

export function pageEval(cdp: CDPSession, url: string): PageEval {
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  };
  const until = async (expression: string, what: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await evaluate<boolean>(`!!(${expression})`))) {
      if (Date.now() > deadline) throw new Error(`${url}: ${what} not within ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  return { evaluate, until };
}
