import type { RegisteredOrgType } from '@shezu/contracts';

/** Space-separated words, so that the vocabulary reads as lists. */
const w = (s: string): readonly string[] => s.trim().split(/\s+/);

/**
 * How names of one kind of organization are built: the place (and for `township`, a township) then one
 * word from each part in turn. `brand` parts are the trade names 民非 and foundations carry.
 */
export interface NamePattern {
  weight: number;
  parts: readonly (readonly string[])[];
  township?: boolean;
}

export const BRANDS = w(`
  阳光 启明 蓝天 春蕾 星辰 新星 童心 智慧树 红缨 彩虹 爱心 康乐 福寿 颐年 安康 夕阳红 和美 乐龄 同心 善源
  立德 明德 文华 英才 书香 雅韵 晨曦 启航 未来 博雅 育才 金色童年 小太阳 七彩 新苗 贝贝 金苹果 小天使 朝阳
  向日葵 快乐 开心 小博士 新起点 优贝 童乐 百合 海燕 春晖 长青 松鹤 康宁 仁爱 慈航 仁和 泰康 华康 济民 德仁
  惠民 益民 众益 善美 同济 和谐 幸福 温馨 恒心 致远 卓越 精英 博学 思源 远航 领航 翰林 墨香 青藤 清源 兴华
  振华 东方 西城 北辰 滨江 江南 山城 青山 绿洲 金桥 银河 星光 龙腾 凤凰 麒麟 鸿雁 鹏程 金鹰 雄鹰 骏马 腾飞
  新时代 新希望 梦想 启智 益智 睿智 聪聪 乐乐 贝尔 天天 佳佳 蒙蒙 乐学 知行 弘毅 尚德 厚德 崇文 致知 格致
  融爱 悦享 怡康 颐和 福康 寿康 嘉禾 禾苗 稻香 春雨 暖阳 晓阳 晴川 方圆 大地 山水 云上 江畔 桃李 杏林
`);

const INDUSTRIES = w(`
  建筑业 建筑装饰 房地产业 物业管理 餐饮 酒店 旅游 物流 道路运输 出租汽车 航运 船舶 汽车维修 机动车驾驶培训
  电子商务 商贸流通 超市 家具 建材 砂石 混凝土 石材 食品 酒业 茶叶 粮油 农资 医药 眼镜 珠宝 美容美发 婚庆
  摄影 广告 印刷 家政服务 养老服务 保安服务 再生资源 电力 燃气 光伏 新能源汽车 软件 互联网 信息技术 电子
  机械 纺织服装 鞋业 五金 化工 造纸 竹木 水泥 陶瓷 小额贷款 融资担保 典当 保险 工程造价 建设监理 质量检测
  消防 安全生产 环保产业 水利工程 园林绿化 钢结构 民宿 农家乐 文化娱乐 烘焙 火锅 蜂产品 人力资源服务
  会展 快递 冷链物流 二手车 汽车销售 家电 通信 广播电视 体育用品 钟表 文具 玩具 服装 皮革 果品 水产品
`);
const BUSINESS_PEOPLE = w('个体劳动者 私营企业 青年企业家 女企业家 企业家 外商投资企业 民营经济 工业经济 商业经济');
const CHAMBER_TRADES = w('建材 汽车 餐饮 茶叶 电商 服装 物流 家居 酒业 五金 粮油 水果');
const ORIGINS = w(`
  浙江 福建 温州 台州 湖南 四川 江西 安徽 广东 河南 江苏 湖北 贵州 陕西 山东 宁波 潮汕 莆田 泉州 晋江 重庆
  万州 开州 黑龙江 河北 山西 云南 甘肃 广西 义乌 东阳 永康 青田 瑞安 乐清 苍南
`);
const DISCIPLINES = w(`
  农学 林学 水利 土木建筑 电子 计算机 气象 地理 植物保护 园艺 畜牧兽医 水产 机械工程 化学化工 数学 物理 地质
  测绘 环境科学 生态 心理 统计 城市规划 电机工程 自动化 通信 汽车工程 食品科学 土壤肥料 蚕学 档案 图书馆
`);
const SCI_TOPICS = w(
  '科技工作者 科普 青少年科技教育 发明 农村专业技术 科技创新 人工智能 大数据 物联网 无人机 老科技工作者',
);
const ARTISTS = w('美术家 书法家 摄影家 音乐家 舞蹈家 戏剧家 作家 民间文艺家 曲艺家 电影家 杂技家');
const HOBBIES = w(`
  诗词 楹联 收藏 根雕 剪纸 非物质文化遗产保护 民俗文化 读书 朗诵 合唱 京剧票友 戏曲 老年书画 茶文化 诗歌
  网络文学 旗袍文化 广场文化 奇石 盆景 灯谜 集邮 钱币收藏 书画 民族文化 文物保护
`);
const HERITAGE = w('历史文化 地方文化 红色文化 传统文化 民俗 家风家训 乡贤文化 孝文化 诗词文化 地名文化');
export const SPORTS = w(`
  武术 篮球 足球 乒乓球 羽毛球 网球 门球 太极拳 健身气功 登山 游泳 象棋 围棋 桥牌 钓鱼 自行车 龙舟 田径 排球
  跆拳道 轮滑 马拉松 户外运动 广场舞 体育舞蹈 柔力球 气排球 台球 射箭 汽车摩托车运动 航空模型 信鸽 毽球
  舞龙舞狮 徒步 瑜伽 拳击 健美操 老年人体育 残疾人体育 社会体育指导员 击剑 国际象棋 攀岩
`);
const SPORTS_SHORT = w('篮球 足球 游泳 武术 跆拳道 羽毛球 网球 乒乓球 围棋 轮滑 击剑 拳击 象棋 体操');
const CROPS = w(`
  柑橘 脐橙 茶叶 蚕桑 中药材 生猪 肉牛 山羊 蜂业 水果 蔬菜 花卉 食用菌 油茶 核桃 猕猴桃 家禽 烟叶 农机 种子
  粮食 水产养殖 乡村旅游 农村经纪人 家庭农场 农产品电子商务 生态农业 休闲农业 畜牧 渔业 林业 竹产业 胡柚
  椪柑 杨梅 枇杷 板栗 花椒 青梅 红薯 土鸡 中蜂 白茶 香菇 木耳
`);

const pat = (weight: number, ...parts: (readonly string[])[]): NamePattern => ({ weight, parts });

/** Name patterns per type and domain category (DEFAULT_CATEGORIES codes). */
export const NAME_PATTERNS: Record<RegisteredOrgType, Record<string, NamePattern[]>> = {
  social_group: {
    industry_association: [
      pat(6, INDUSTRIES, w('协会 行业协会')),
      pat(1, BUSINESS_PEOPLE, w('协会 促进会')),
      pat(1, CHAMBER_TRADES, w('商会')),
      { weight: 2, parts: [w('商会 工商业联合会商会')], township: true },
    ],
    remote_chamber: [pat(1, ORIGINS, w('商会'))],
    science_tech: [pat(3, DISCIPLINES, w('学会')), pat(2, SCI_TOPICS, w('协会 促进会 研究会'))],
    culture: [pat(3, ARTISTS, w('协会')), pat(4, HOBBIES, w('协会 学会')), pat(2, HERITAGE, w('研究会 促进会'))],
    sports: [pat(1, SPORTS, w('协会'))],
    education: [
      pat(
        1,
        w('教育 家庭教育 职业教育 民办教育 学前教育 教育发展 老年教育 心理健康教育 书法教育 国学'),
        w('学会 协会 研究会 促进会'),
      ),
      pat(1, w('陶行知研究会 教师发展研究会 校长联谊会')),
    ],
    health: [
      pat(
        1,
        w(`医学会 中医药学会 护理学会 药学会 预防医学会 中西医结合学会 抗癌协会 医师协会 医院协会 乡村医生协会
          健康管理协会 心理卫生协会 营养学会 康复医学会 口腔医学会 针灸学会 卫生经济学会 健康促进会 糖尿病防治协会
          民营医院协会 母婴健康协会 无偿献血志愿者协会`),
      ),
    ],
    social_service: [
      pat(
        3,
        w(`老年人协会 老年协会 志愿者协会 青年志愿者协会 社会工作协会 义工联合会 婚姻家庭研究会 老年学学会 老龄产业协会
          殡葬协会 社区服务协会 退休人员协会 助残协会 儿童福利协会 社会组织促进会 社会组织联合会 养老服务业协会
          家庭服务业协会 社会工作者协会 邻里互助协会`),
      ),
      { weight: 1, parts: [w('老年人协会 志愿者协会')], township: true },
    ],
    charity: [
      pat(2, w('慈善会 慈善总会 慈善协会 爱心协会 扶贫济困协会 助学协会 义工协会 公益联合会 慈善义工联合会')),
      { weight: 1, parts: [w('慈善会 慈善分会')], township: true },
    ],
    agriculture: [pat(4, CROPS, w('协会 产业协会')), pat(1, w('农民专业合作社联合会 家庭农场协会 农业产业化促进会'))],
    other: [
      pat(
        1,
        w(`老教师协会 校友会 知青联谊会 海外联谊会 退役军人志愿者协会 企业联合会 信息化促进会 质量管理协会 标准化协会
          警察协会 消费者协会 归国华侨联谊会 诗书画院联谊会 老干部书画协会 关心下一代促进会`),
      ),
    ],
  },
  service_institution: {
    education: [
      pat(6, BRANDS, w('幼儿园')),
      pat(3, BRANDS, w('培训学校 艺术培训学校 职业技能培训学校 外语培训学校 文化艺术培训学校 科技培训学校')),
      pat(1, BRANDS, w('托育中心 早教中心 研学实践基地 青少年活动中心 教育培训中心 实验学校 学校')),
    ],
    social_service: [
      pat(3, BRANDS, w('养老服务中心 居家养老服务中心 敬老院 老年公寓 颐养院 康养中心')),
      pat(2, BRANDS, w('社会工作服务中心 社工服务中心 社工事务所 社区发展中心 志愿服务中心')),
      pat(1, BRANDS, w('残疾人托养中心 家庭服务中心 心理咨询服务中心 儿童关爱服务中心 青少年服务中心 调解服务中心')),
    ],
    health: [
      pat(
        1,
        BRANDS,
        w(`医院 中医医院 康复医院 口腔医院 眼科医院 骨科医院 护理院 康复中心 中医门诊部 口腔门诊部 综合门诊部
          医养结合中心 健康服务中心 血液透析中心`),
      ),
    ],
    culture: [
      pat(1, BRANDS, w('文化艺术中心 艺术团 书画院 民间艺术团 博物馆 美术馆 文化服务中心 演艺中心 非遗传习所 图书馆')),
    ],
    sports: [
      pat(1, BRANDS, SPORTS_SHORT, w('俱乐部 训练中心 培训中心')),
      pat(1, BRANDS, w('体育俱乐部 健身中心 体育培训中心 青少年体育俱乐部')),
    ],
    science_tech: [pat(1, BRANDS, w('科技研究院 技术研究所 科技服务中心 创新发展研究院 信息技术研究所 科普教育中心'))],
    charity: [pat(1, BRANDS, w('公益服务中心 慈善服务中心 爱心救助中心 公益发展中心 助学服务中心'))],
    agriculture: [pat(1, BRANDS, w('农业技术服务中心 农业科技服务中心 农村发展研究中心 生态农业研究所 植保服务中心'))],
    other: [pat(1, BRANDS, w('咨询服务中心 评估中心 研究院 发展研究中心 调查中心 法律服务中心'))],
  },
  foundation: {
    charity: [
      pat(3, w('慈善基金会 公益基金会 扶贫基金会 医疗救助基金会 社会福利基金会 见义勇为基金会 乡村振兴基金会')),
      pat(2, BRANDS, w('慈善基金会 公益基金会')),
    ],
    education: [pat(1, w('教育基金会 助学基金会 教育发展基金会 青少年发展基金会')), pat(1, BRANDS, w('教育基金会'))],
    social_service: [pat(1, w('老龄事业发展基金会 残疾人福利基金会 妇女儿童发展基金会'))],
    culture: [pat(1, w('文化发展基金会 红色文化基金会 文物保护基金会'))],
    health: [pat(1, w('卫生健康基金会 医学发展基金会'))],
    science_tech: [pat(1, w('科技创新基金会 生态环境保护基金会'))],
  },
};

/** Business scope (业务范围) per domain category. */
export const SCOPES: Record<string, string> = {
  industry_association: '行业自律、行业调研、业务培训、信息交流、咨询服务、协调会员关系、维护会员合法权益',
  remote_chamber: '联络会员、信息交流、招商引资、商务咨询、维护会员合法权益、参与公益事业',
  science_tech: '学术交流、科学普及、技术咨询、人才培养、科技成果推广',
  culture: '文艺创作、展览演出、交流研讨、人才培养、群众文化活动、文化传承',
  sports: '组织群众性体育活动、竞赛交流、技术培训、裁判员和社会体育指导员培训',
  education: '教育教学、培训服务、教育研究、交流研讨',
  health: '医疗服务、健康教育、学术交流、业务培训、健康咨询',
  social_service: '养老服务、社会工作服务、志愿服务、社区服务、心理疏导、困难群体帮扶',
  charity: '扶贫济困、扶老救孤、恤病助残、助学助医、救灾救助、志愿服务',
  agriculture: '技术推广、生产指导、产销对接、信息服务、品牌建设、农民培训',
  other: '联谊交流、咨询服务、调查研究、公益活动',
};

export const ROADS = w(`
  人民路 滨江大道 新华路 建设路 解放路 文化路 中山路 青年路 北环路 南环路 府前街 学府路 康宁路 沿江路 工业园路
  振兴大道 健康路 花园路 幸福路 和平路 迎宾大道 复兴路 光明路 长安路 兴业路 东风路 团结路 育才路 正街 老街
`);

/** Shares of the domain categories within each type (national averages the demo and the generator use). */
export const CATEGORY_SHARES: Record<RegisteredOrgType, Record<string, number>> = {
  social_group: {
    industry_association: 22,
    remote_chamber: 3,
    science_tech: 6,
    culture: 12,
    sports: 12,
    education: 5,
    health: 4,
    social_service: 12,
    charity: 3,
    agriculture: 15,
    other: 6,
  },
  service_institution: {
    education: 45,
    social_service: 20,
    health: 10,
    culture: 7,
    sports: 7,
    science_tech: 4,
    charity: 2,
    agriculture: 2,
    other: 3,
  },
  foundation: { charity: 50, education: 25, social_service: 10, culture: 5, health: 5, science_tech: 5 },
};
