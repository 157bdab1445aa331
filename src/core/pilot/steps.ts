/**
 * The standard steps of a pilot congress, from the plans (Kế hoạch) of 2016 and 2024: the unit issues
 * its plan, drafts its documents, seeks the upper level's opinion on its documents and its personnel
 * (a Youth Union unit also reports them to the Party committee at its level), proceeds only once
 * approved, sends the invitations, holds the congress and reports the results up; after the last pilot
 * the upper level draws the lessons and reports the pilots' results.
 *
 * One table holds every step's offset; `Cấu hình` overrides it with `Ngày trước đại hội: <bước>`,
 * `Ngày sau đại hội điểm cuối: <bước>` and `Hạn báo cáo kết quả (ngày)`.
 */
import { pilotText } from '../messages/pilot';
import { type Organisation, SETTING } from '../workbook/contract';

/** A step each congress goes through. */
export type CongressStepId =
  | 'plan'
  | 'drafts'
  | 'opinionDocuments'
  | 'opinionPersonnel'
  | 'approval'
  | 'partyApproval'
  | 'invitations'
  | 'congress'
  | 'results';

/** A step of the upper level, once, after the last pilot congress. */
export type PlanStepId = 'lessons' | 'summary';

export type StepId = CongressStepId | PlanStepId;

/** Steps whose offset `Cấu hình` can change by name (the congress is its own day; results have their own key). */
export type TaskStepId = Exclude<StepId, 'congress' | 'results'>;

/**
 * Who does a step: the congress's unit, the level that approves it (`Đơn vị cấp trên`), the upper
 * level that issued the plan, or that level's organising office (a `Cơ quan` such as Ban Tổ chức).
 */
export type StepOwner = 'unit' | 'approver' | 'planOwner' | 'planOffice';

export interface StepSpec {
  readonly id: StepId;
  /** The task code is `<prefix>-<unit code>` (`<prefix>-<owner code>` for a plan step). */
  readonly prefix: string;
  /** Days before the congress, days after its last day, or days after the last pilot's last day. */
  readonly when: 'before' | 'at' | 'after' | 'afterLastPilot';
  readonly defaultDays: number;
  readonly owner: StepOwner;
  /** An opinion or approval step: the congress should not proceed before it is done (D010, D011). */
  readonly gate: boolean;
  /** Only for this organisation (a Youth Union congress also needs the Party committee's consent). */
  readonly only?: Organisation;
  /** Steps this one follows (its `Phụ thuộc`), when the congress has them. */
  readonly after: readonly StepId[];
}

export const CONGRESS_STEPS: readonly StepSpec[] = [
  { id: 'plan', prefix: 'KH', when: 'before', defaultDays: 60, owner: 'unit', gate: false, after: [] },
  {
    id: 'drafts',
    prefix: 'VK',
    when: 'before',
    defaultDays: 45,
    owner: 'unit',
    gate: false,
    after: ['plan'],
  },
  {
    id: 'opinionDocuments',
    prefix: 'YKVK',
    when: 'before',
    defaultDays: 30,
    owner: 'unit',
    gate: true,
    after: ['drafts'],
  },
  {
    id: 'opinionPersonnel',
    prefix: 'YKNS',
    when: 'before',
    defaultDays: 30,
    owner: 'unit',
    gate: true,
    after: ['plan'],
  },
  {
    id: 'approval',
    prefix: 'DY',
    when: 'before',
    defaultDays: 15,
    owner: 'approver',
    gate: true,
    after: ['opinionDocuments', 'opinionPersonnel'],
  },
  {
    id: 'partyApproval',
    prefix: 'DYCU',
    when: 'before',
    defaultDays: 15,
    owner: 'unit',
    gate: true,
    only: 'Đoàn',
    after: ['opinionDocuments', 'opinionPersonnel'],
  },
  {
    id: 'invitations',
    prefix: 'GM',
    when: 'before',
    defaultDays: 10,
    owner: 'unit',
    gate: false,
    after: ['approval', 'partyApproval'],
  },
  {
    id: 'congress',
    prefix: 'DH',
    when: 'at',
    defaultDays: 0,
    owner: 'unit',
    gate: false,
    after: ['invitations', 'approval', 'partyApproval'],
  },
  {
    id: 'results',
    prefix: 'BCKQ',
    when: 'after',
    defaultDays: 15,
    owner: 'unit',
    gate: false,
    after: ['congress'],
  },
];

export const PLAN_STEPS: readonly StepSpec[] = [
  {
    id: 'lessons',
    prefix: 'RKN',
    when: 'afterLastPilot',
    defaultDays: 15,
    owner: 'planOwner',
    gate: false,
    after: ['congress'],
  },
  {
    id: 'summary',
    prefix: 'BCDD',
    when: 'afterLastPilot',
    defaultDays: 20,
    owner: 'planOffice',
    gate: false,
    after: ['lessons'],
  },
];

export const ALL_STEPS: readonly StepSpec[] = [...CONGRESS_STEPS, ...PLAN_STEPS];

/** The steps `Cấu hình` can move, each with the key that moves it. */
export const CONFIGURABLE_STEPS: readonly { readonly id: TaskStepId; readonly key: string }[] =
  ALL_STEPS.filter(
    (step): step is StepSpec & { id: TaskStepId } => step.when === 'before' || step.when === 'afterLastPilot',
  ).map((step) => ({
    id: step.id,
    key: `${step.when === 'before' ? SETTING.daysBeforePrefix : SETTING.daysAfterLastPilotPrefix} ${pilotText.stepNames[step.id]}`,
  }));

export function stepSpec(id: StepId): StepSpec {
  return ALL_STEPS.find((step) => step.id === id)!;
}

/** The steps of one congress for its organisation, in order. */
export function congressSteps(organisation: Organisation): StepSpec[] {
  return CONGRESS_STEPS.filter((step) => !step.only || step.only === organisation);
}

export function gateSteps(organisation: Organisation): StepSpec[] {
  return congressSteps(organisation).filter((step) => step.gate);
}
