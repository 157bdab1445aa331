/** Fixed words of an official document's layout (Party and Youth Union), shared by every rendering. */
export const documentText = {
  partyHeading: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  youthHeading: 'ĐOÀN TNCS HỒ CHÍ MINH',
  /** Party documents write "Số 12-BC/HU"; Youth Union documents "Số: 12-KH/ĐTN". */
  partyNumberPrefix: 'Số',
  youthNumberPrefix: 'Số:',
  recipientsHeading: 'Nơi nhận:',
  /** The short rule under the trích yếu. */
  titleRule: '-----',
};
