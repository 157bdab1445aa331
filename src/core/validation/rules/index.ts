/** Every rule family, in the order their findings are produced (sorting happens afterwards). */
import type { Rule } from '../context';

export const RULES: readonly Rule[] = [];
