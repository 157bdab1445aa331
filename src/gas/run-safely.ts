/** The one error boundary per menu entry: a Vietnamese alert instead of a raw stack, never silence. */
import { menuText } from '../core/messages/menu';
import { services } from './services';

/** A situation the user can act on (someone else holds the lock, a tab is missing): shown as it is. */
export class NoticeError extends Error {
  override readonly name = 'NoticeError';
}

/** Runs `action` holding the document lock, so two people clicking at once cannot interleave. */
export function withDocumentLock<T>(action: () => T): T {
  const lock = services.documentLock();
  if (!lock.tryLock(10_000)) throw new NoticeError(menuText.busy);
  try {
    return action();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

export function runFromMenu(action: () => void): void {
  try {
    action();
  } catch (error) {
    const ui = services.ui();
    if (error instanceof NoticeError) {
      ui.alert(menuText.menuTitle, error.message, ui.ButtonSet.OK);
      return;
    }
    console.error(error);
    ui.alert(
      menuText.menuTitle,
      menuText.unexpected(String((error as Error)?.message ?? error)),
      ui.ButtonSet.OK,
    );
  }
}
