/** A situation the user can act on (someone else holds the lock, a tab is missing): shown as it is. */
export class NoticeError extends Error {
  override readonly name = 'NoticeError';
}
