/** The input cannot be used (missing, not a workbook, bad argument): the CLI exits 2 with this message. */
export class UnusableInputError extends Error {
  override readonly name = 'UnusableInputError';
}
