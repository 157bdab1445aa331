/** Every rule family, in the order their findings are produced (sorting happens afterwards). */
import type { Rule } from '../context';
import { budgetRules } from './budget';
import { congressRules } from './congresses';
import { milestoneRules } from './milestones';
import { pilotRules } from './pilot';
import { recipientRules } from './recipients';
import { unitRules } from './units';

export const RULES: readonly Rule[] = [
  unitRules,
  congressRules,
  milestoneRules,
  recipientRules,
  budgetRules,
  pilotRules,
];
