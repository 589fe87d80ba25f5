import type { Rng } from './random';

/** The commonest surnames, most frequent first (weights fall off with rank). */
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const SURNAME_WEIGHTS = SURNAMES.map((_, i) => 1 / (i + 8));
const GIVEN_MALE = [...'伟强军磊洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欣博文建国志成德兴荣海峰庆松'];
const GIVEN_FEMALE = [...'芳娜敏静丽艳娟霞秀英华慧巧美娅婷玉萍红玲燕雪琳晶颖倩琴云莉兰凤洁梅丹蓉雯璐佳'];

export interface DemoPerson {
  name: string;
  /**
   * A resident ID number that passes the GB 11643 check but belongs to nobody: the sequence codes
   * 996–999 are reserved for people aged over 100, and these people are born 1950–1995.
   */
  idNumber: string;
}

/** GB 11643 check character of the first 17 digits. */
export function idCheckChar(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return '10X98765432'[sum % 11]!;
}

/** A fictional person registered in the county `gb6` (6-digit region code). */
export function fictionalPerson(rng: Rng, gb6: string): DemoPerson {
  const male = rng.chance(0.68);
  const surname = SURNAMES[rng.weighted(SURNAME_WEIGHTS)]!;
  const pool = male ? GIVEN_MALE : GIVEN_FEMALE;
  const given = rng.chance(0.3) ? rng.pick(pool) : rng.pick(pool) + rng.pick(pool);
  const year = rng.int(1950, 1995);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const seq = male ? rng.pick(['997', '999']) : rng.pick(['996', '998']);
  const first17 = `${gb6}${year}${pad2(month)}${pad2(day)}${seq}`;
  return { name: surname + given, idNumber: first17 + idCheckChar(first17) };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
