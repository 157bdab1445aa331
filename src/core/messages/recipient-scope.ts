/** Vietnamese text for recipients left out because their scope cannot be cut from the unit tree. */

export const recipientScopeText = {
  duplicated(code: string, cells: readonly string[]) {
    return `mã đơn vị "${code}" có ở ${cells.length} dòng (R001: ${cells.join(', ')})`;
  },
  cycle(units: readonly string[], cells: readonly string[]) {
    return `"Đơn vị cấp trên" đi vòng ${units.join(' → ')} (R003: ${cells.join(', ')})`;
  },
  blocked(name: string, email: string, scope: string, reasons: readonly string[]) {
    return `- ${name} <${email}> (phạm vi ${scope}): không gửi, vì ${reasons.join('; ')}, nên không xác định được đúng các đơn vị thuộc phạm vi này. Sửa tab Đơn vị rồi gửi lại.`;
  },
  heading(count: number) {
    return `${count} người nhận theo phạm vi không được gửi, để không lộ số liệu của đơn vị khác:`;
  },
};
