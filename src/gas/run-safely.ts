/** The one error boundary per menu entry: a Vietnamese alert instead of a raw stack, never silence. */
import { menuText } from '../core/messages';
import { NoticeError } from './notice';
import { requireBasicScopes } from './scopes';
import { services } from './services';

export { NoticeError } from './notice';

/** Runs `action` holding the document lock, so two people clicking at once cannot interleave. */
export function withDocumentLock<T>(action: () => T): T {
  const lock = services.lock();
  if (!lock.tryLock(10_000)) throw new NoticeError(menuText.busy);
  try {
    return action();
  } finally {
    services.sheetsApp().flush();
    lock.releaseLock();
  }
}

/** Faults people can act on get their own words; anything else is shown with its detail. */
function explain(detail: string): string {
  if (/protected cell|được bảo vệ/i.test(detail)) return menuText.protectedRange;
  if (/Sheet .* not found|không tìm thấy trang tính/i.test(detail)) return menuText.missingSheet;
  return menuText.unexpected(detail);
}

export function runFromMenu(action: () => void): void {
  // Outside the boundary: when Google must ask for consent it ends the execution, and no alert can help.
  requireBasicScopes();
  try {
    action();
  } catch (error) {
    const ui = services.ui();
    if (error instanceof NoticeError) {
      ui.alert(menuText.menuTitle, error.message, ui.ButtonSet.OK);
      return;
    }
    console.error(error);
    ui.alert(menuText.menuTitle, explain(String((error as Error)?.message ?? error)), ui.ButtonSet.OK);
  }
}
