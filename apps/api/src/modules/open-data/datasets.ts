import {
  COMMUNITY_AREA_KINDS,
  COMMUNITY_AREA_LABELS,
  COMMUNITY_ORG_CATEGORIES,
  DEFAULT_CATEGORIES,
  EVALUATION_GRADES,
  ORG_LEVELS,
  ORG_STATUSES,
  REGISTERED_ORG_TYPES,
  type TPublicCommunityOrg,
  type TPublicOrg,
} from '@shezu/contracts';
import { ORG_LEVEL_LABELS, ORG_STATUS_LABELS, ORG_TYPE_LABELS } from '../orgs/org-labels';

export type FieldType = 'string' | 'integer' | 'boolean' | 'date' | 'code';

export interface DictionaryField {
  name: string;
  label: string;
  type: FieldType;
  description?: string;
  codes?: { code: string; label: string }[];
}

export interface Dataset<T> {
  name: 'orgs' | 'community_orgs';
  /** The file name stem: orgs.csv, community-orgs.jsonl. */
  stem: string;
  title: string;
  fields: (DictionaryField & { name: keyof T & string })[];
}

const codes = <K extends string>(list: readonly K[], labels: Record<K, string>) =>
  list.map((code) => ({ code, label: labels[code] }));

export const ORGS_DATASET: Dataset<TPublicOrg> = {
  name: 'orgs',
  stem: 'orgs',
  title: '社会组织（社会团体、民办非企业单位、基金会）登记信息',
  fields: [
    { name: 'uscc', label: '统一社会信用代码', type: 'string' },
    { name: 'name', label: '名称', type: 'string' },
    { name: 'type', label: '组织类型代码', type: 'code', codes: codes(REGISTERED_ORG_TYPES, ORG_TYPE_LABELS) },
    { name: 'typeName', label: '组织类型', type: 'string' },
    { name: 'level', label: '登记级别代码', type: 'code', codes: codes(ORG_LEVELS, ORG_LEVEL_LABELS) },
    { name: 'levelName', label: '登记级别', type: 'string' },
    {
      name: 'categoryCode',
      label: '领域类别代码',
      type: 'code',
      description: '全国默认类别如下；各地可增设类别，名称见“领域类别”列',
      codes: DEFAULT_CATEGORIES.map((c) => ({ code: c.code, label: c.name })),
    },
    { name: 'categoryName', label: '领域类别', type: 'string' },
    { name: 'authorityName', label: '登记管理机关', type: 'string' },
    { name: 'regionCode', label: '住所行政区划代码', type: 'string', description: '2/4/6/9位国家统计区划代码' },
    { name: 'regionName', label: '住所行政区划', type: 'string' },
    { name: 'address', label: '住所', type: 'string' },
    { name: 'legalRepName', label: '法定代表人', type: 'string' },
    { name: 'supervisorUnitName', label: '业务主管单位', type: 'string', description: '空为直接登记' },
    { name: 'businessScope', label: '业务范围', type: 'string' },
    { name: 'registeredFundsFen', label: '注册资金（分）', type: 'integer', description: '单位：分（100分 = 1元）' },
    { name: 'foundedOn', label: '成立登记日期', type: 'date' },
    { name: 'certificateValidUntil', label: '登记证书有效期至', type: 'date' },
    { name: 'status', label: '登记状态代码', type: 'code', codes: codes(ORG_STATUSES, ORG_STATUS_LABELS) },
    { name: 'statusName', label: '登记状态', type: 'string' },
    { name: 'statusDate', label: '状态日期', type: 'date', description: '注销、撤销登记或吊销登记证书的日期' },
    { name: 'statusReason', label: '状态原因', type: 'string', description: '依据和决定书文号' },
    {
      name: 'evaluationGrade',
      label: '评估等级',
      type: 'code',
      codes: EVALUATION_GRADES.map((g) => ({ code: g, label: g })),
    },
    { name: 'gradeValidUntil', label: '评估等级有效期至', type: 'date' },
    { name: 'charityRecognized', label: '慈善组织', type: 'boolean' },
    { name: 'charityRecognizedOn', label: '慈善组织认定日期', type: 'date' },
    { name: 'publicFundraising', label: '公开募捐资格', type: 'boolean' },
    { name: 'taxDeductionUntil', label: '公益性捐赠税前扣除资格有效期至', type: 'date' },
    { name: 'taxExemptUntil', label: '非营利组织免税资格有效期至', type: 'date' },
    { name: 'hasPartyOrg', label: '已建立党组织', type: 'boolean' },
    { name: 'website', label: '网站', type: 'string' },
  ],
};

export const COMMUNITY_ORGS_DATASET: Dataset<TPublicCommunityOrg> = {
  name: 'community_orgs',
  stem: 'community-orgs',
  title: '社区社会组织备案信息',
  fields: [
    { name: 'id', label: '备案编号', type: 'integer' },
    { name: 'name', label: '名称', type: 'string' },
    { name: 'townshipCode', label: '乡镇（街道）代码', type: 'string' },
    { name: 'townshipName', label: '乡镇（街道）', type: 'string' },
    { name: 'communityName', label: '社区（村）', type: 'string' },
    {
      name: 'areaKind',
      label: '城乡类别',
      type: 'code',
      codes: codes(COMMUNITY_AREA_KINDS, COMMUNITY_AREA_LABELS),
    },
    { name: 'activityArea', label: '活动区域', type: 'string' },
    {
      name: 'categoryCode',
      label: '类别代码',
      type: 'code',
      codes: COMMUNITY_ORG_CATEGORIES.map((c) => ({ code: c.code, label: c.name })),
    },
    { name: 'categoryName', label: '类别', type: 'string' },
    { name: 'filedOn', label: '备案日期', type: 'date' },
    {
      name: 'status',
      label: '备案状态',
      type: 'code',
      codes: [
        { code: 'filed', label: '已备案' },
        { code: 'cancelled', label: '已注销备案' },
      ],
    },
    { name: 'cancelledOn', label: '注销备案日期', type: 'date' },
  ],
};

/** The data dictionary published with the files (dictionary.json). */
export function dictionary() {
  return {
    title: '社会组织登记信息开放数据 数据字典',
    formats: {
      csv: 'UTF-8（带 BOM，Excel 可直接打开），逗号分隔，首行为中文列名；布尔值为“是/否”，空值为空字符串',
      jsonl: 'JSON Lines：每行一个 JSON 对象，字段名为下表的 name；布尔值为 true/false，空值为 null',
    },
    notes: [
      '只含公开信息，不含身份证号码、电话等个人信息。',
      '包括已注销、已撤销登记、已吊销登记证书的组织，附状态日期和原因。',
      '文件每日生成；实时数据请使用 /api/public/orgs 接口。大文件按约 64 MB 分卷（orgs.csv、orgs-2.csv …）。',
    ],
    datasets: [ORGS_DATASET, COMMUNITY_ORGS_DATASET].map((d) => ({
      name: d.name,
      title: d.title,
      files: `${d.stem}.csv, ${d.stem}.jsonl`,
      fields: d.fields,
    })),
  };
}
