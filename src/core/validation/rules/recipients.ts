/** Rules on `Người nhận`: unique emails, scopes that exist, someone to receive the scheduled report. */
import { pushAll } from '../../arrays';
import { rulesText } from '../../messages/rules';
import { ALL_SCOPE, TAB } from '../../workbook/contract';
import type { Recipient, Unit } from '../../workbook/model';
import { emailKey, isDeliverable, unitsByCode } from '../../workbook/queries';
import { checkRows, type RowCheck, type Rule } from '../context';
import { finding } from '../finding';
import { duplicateCodes, unknownUnit } from './units';

const RECIPIENT_CHECKS: readonly RowCheck<Recipient, ReadonlyMap<string, Unit>, typeof TAB.recipients>[] = [
  [
    'R002',
    'Phạm vi',
    ({ scope }, byCode, { workbook }) =>
      scope && scope !== ALL_SCOPE && !byCode.has(scope)
        ? unknownUnit('Phạm vi', scope, workbook.units)
        : null,
  ],
];

export const recipientRules: Rule = (context) => {
  const { recipients, units } = context.workbook;
  const emailOf = (recipient: Recipient) => (recipient.email ? emailKey(recipient.email) : '');
  const findings = duplicateCodes(
    context,
    TAB.recipients,
    'Email',
    recipients,
    emailOf,
    rulesText.duplicateEmail,
  );
  const byCode = unitsByCode(units);
  pushAll(
    findings,
    checkRows(context, TAB.recipients, recipients, () => byCode, RECIPIENT_CHECKS),
  );
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
