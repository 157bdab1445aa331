/** Rules on `Người nhận`: unique emails, scopes that exist, someone to receive the scheduled report. */
import { rulesText } from '../../messages/rules';
import { ALL_SCOPE, TAB } from '../../workbook/contract';
import type { Recipient, Unit } from '../../workbook/model';
import type { Rule } from '../context';
import { finding } from '../finding';
import { guessCode } from './references';
import { duplicateCodes, unitCandidates, unitsByCode } from './units';

/** A recipient can be sent to: a readable email and a scope that is `Tất cả` or an existing unit. */
export function isDeliverable(recipient: Recipient, units: ReadonlyMap<string, Unit>): boolean {
  if (!recipient.email || !recipient.scope) return false;
  return recipient.scope === ALL_SCOPE || units.has(recipient.scope);
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export const recipientRules: Rule = (context) => {
  const { recipients, units } = context.workbook;
  const findings = duplicateCodes(
    context,
    TAB.recipients,
    'Email',
    recipients,
    (r) => (r.email ? emailKey(r.email) : ''),
    (email, cell) => rulesText.duplicateEmail(email, cell),
  );
  const byCode = unitsByCode(units);
  for (const recipient of recipients) {
    if (recipient.scope && recipient.scope !== ALL_SCOPE && !byCode.has(recipient.scope)) {
      const t = rulesText.unknownReference(
        'Phạm vi',
        recipient.scope,
        TAB.units,
        'đơn vị',
        guessCode(recipient.scope, unitCandidates(units)),
      );
      findings.push(
        finding(
          'R002',
          TAB.recipients,
          context.cell(TAB.recipients, 'Phạm vi', recipient.row),
          t.message,
          t.hint,
        ),
      );
    }
  }
  const scheduled = recipients.some(
    (recipient) =>
      isDeliverable(recipient, byCode) &&
      recipient.frequency !== undefined &&
      recipient.frequency !== 'Không',
  );
  if (context.workbook.sheetNames[TAB.recipients] && !scheduled) {
    const t = rulesText.noScheduledRecipient();
    findings.push(finding('E001', TAB.recipients, null, t.message, t.hint));
  }
  return findings;
};
