import {
  ANNUAL_SECTIONS,
  CONCLUSION_LABELS,
  applicableIndicators,
  computedValues,
  type IndicatorValue,
  type TAnnualReportDetail,
} from '@shezu/contracts';
import { loadFonts } from '../../platform/documents/fonts';
import { ensureRoom, mm, newPdf, toBuffer, type Pdf } from '../../platform/documents/pdf-common';
import { chinaDateTimeLabel } from '../../platform/exports/format';
import { STATUS_LABELS, STEP_LABELS } from './annual.export';
import { showValue } from './value-text';

const SECTION_TITLES: Record<(typeof ANNUAL_SECTIONS)[number], string> = {
  basic: '一、基本信息',
  balance_sheet: '二、资产负债表',
  activity_statement: '三、业务活动表',
  activities: '四、业务活动情况',
  governance: '五、内部治理',
  party: '六、党建工作',
  staff: '七、工作人员和志愿者',
  disclosure: '八、信息公开',
  charity: '九、慈善活动支出和管理费用',
  attachments: '十、附件',
};

function heading(doc: Pdf, text: string) {
  ensureRoom(doc, 40);
  doc.moveDown(0.6).font('sans').fontSize(13).fillColor('#000').text(text);
  doc.moveDown(0.2);
}

function row(doc: Pdf, label: string, value: string) {
  ensureRoom(doc, 18);
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const y = doc.y;
  doc
    .font('serif')
    .fontSize(10.5)
    .fillColor('#333')
    .text(label, x, y, { width: width * 0.55 });
  const after = doc.y;
  doc.fillColor('#000').text(value, x + width * 0.58, y, { width: width * 0.42 });
  doc.y = Math.max(after, doc.y) + 2;
}

/** The report as a PDF: the values section by section, the automatic checks, the review and the conclusion. */
export async function renderReportPdf(r: TAnnualReportDetail, at: Date): Promise<Buffer> {
  const fonts = await loadFonts();
  const title = `${r.orgName} ${r.year}年度工作报告`;
  const m = mm(20);
  const doc = newPdf(
    fonts,
    { layout: 'portrait', margins: { top: m, bottom: m, left: m, right: m } },
    {
      title,
      author: r.authorityName,
      subject: '社会组织年度工作报告',
      createdAt: at,
    },
  );
  doc.font('serifBold').fontSize(18).text(title, { align: 'center' });
  doc.moveDown(0.5);
  row(doc, '统一社会信用代码', r.uscc);
  row(doc, '登记管理机关', r.authorityName);
  row(doc, '业务主管单位', r.supervisorUnitName ?? '（直接登记）');
  row(doc, '报告形式', r.form === 'simplified' ? '简易报告（4A级以上）' : '完整报告');
  row(doc, '状态', `${STATUS_LABELS[r.status]}${r.step ? `（${STEP_LABELS[r.step]}）` : ''}`);
  row(doc, '提交时间', r.submittedAt ? chinaDateTimeLabel(new Date(r.submittedAt)) : '未提交');
  const ctx = { ...r.context, previous: r.previousValues as never };
  const values = {
    ...(r.values as Record<string, IndicatorValue>),
    ...computedValues(r.definition, r.values as never, ctx),
  };
  const shown = applicableIndicators(r.definition, ctx);
  for (const section of ANNUAL_SECTIONS) {
    const list = shown.filter((i) => i.section === section);
    if (list.length === 0) continue;
    heading(doc, SECTION_TITLES[section]);
    for (const i of list) row(doc, i.line ? `${i.labelZh}（行次${i.line}）` : i.labelZh, showValue(i, values[i.code]));
  }
  heading(doc, '自动检查');
  const findings = [...r.check.errors, ...r.check.warnings].map((e) => `规则：${e.messageZh}`);
  const risks = r.check.risks.map((f) => `风险：${f.labelZh}（${f.explanationZh}）`);
  for (const line of [...findings, ...risks]) row(doc, '', line);
  if (findings.length + risks.length === 0) row(doc, '', '未发现规则问题和风险');
  heading(doc, '审核意见');
  for (const h of r.history)
    row(doc, `${chinaDateTimeLabel(new Date(h.at))} ${h.actorName ?? ''}`, h.comment ?? h.action);
  if (r.conclusion) {
    heading(doc, '年检结论');
    row(doc, '结论', CONCLUSION_LABELS[r.conclusion]);
    if (r.conclusionReasons) row(doc, '理由', r.conclusionReasons);
    for (const x of r.rectifications) row(doc, `整改事项（${x.dueDate}前）`, x.item);
  }
  return toBuffer(doc);
}
