/**
 * 《社会团体登记管理条例》第二十条、第二十一条 (and the same rules of the other two regulations): an
 * organization is deregistered after its liquidation, on the liquidation report, and the authority takes
 * back its registration certificate and seals. Field → message; empty when everything is in place.
 */
export function deregistrationProblems(p: {
  hasLiquidationReport: boolean;
  liquidationCompletedOn: string | null | undefined;
  today: string;
  /** Recorded by the authority when it decides; not yet asked on submission. */
  certificateReturnedOn?: string | null;
  sealsReturnedOn?: string | null;
  atDecision: boolean;
}): Record<string, string> {
  const out: Record<string, string> = {};
  if (!p.hasLiquidationReport) out.attachments = '请上传清算报告（《社会团体登记管理条例》第二十一条）';
  if (p.liquidationCompletedOn && p.liquidationCompletedOn > p.today)
    out['data.liquidationCompletedOn'] = '清算结束日期不能晚于今天：须完成清算后方可申请注销登记';
  if (p.atDecision) {
    if (!p.certificateReturnedOn) out.certificateReturnedOn = '请登记收缴登记证书（正、副本）的日期';
    else if (p.certificateReturnedOn > p.today) out.certificateReturnedOn = '收缴日期不能晚于今天';
    if (!p.sealsReturnedOn) out.sealsReturnedOn = '请登记收缴印章的日期';
    else if (p.sealsReturnedOn > p.today) out.sealsReturnedOn = '收缴日期不能晚于今天';
  }
  return out;
}
