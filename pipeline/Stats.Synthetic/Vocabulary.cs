namespace Stats.Synthetic;

/// <summary>The words a synthetic report is made of: place names and number-free sentences in the register of a work report.</summary>
internal static class Vocabulary
{
    public static readonly string[] NameSyllables =
        ["青", "柳", "沙", "巴", "红", "泉", "石", "河", "新", "乌", "兰", "白", "塔", "金", "查", "布", "图", "吉", "达", "宝", "杭", "海", "林", "安"];

    public static readonly string[] TownKinds = ["镇", "镇", "乡", "苏木"];

    public static readonly string[] Openings =
    [
        "一年来，我们坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，全力以赴兴产业、夯基础、惠民生、防风险。",
        "过去一年，面对复杂严峻的外部环境，在上级党委、政府的坚强领导下，全镇上下凝心聚力、攻坚克难，各项事业取得新进展。",
        "一年来，我们紧紧围绕年度目标任务，统筹发展和安全，稳住经济基本盘，兜牢民生底线，实现了本届政府的良好开局。",
    ];

    public static readonly string[] EconomyHeads = ["主要经济指标稳中有进。", "经济实力持续增强。", "主要经济指标快速增长。"];

    public static readonly string[] EconomyFiller =
    [
        "持续优化和完善财务制度，全面启用预算一体化系统。",
        "全力夯实重点项目建设要素保障，营商环境持续优化。",
        "持续加大招商引资力度，一批新型优质项目落地见效。",
        "严格落实过紧日子要求，财政运行总体平稳。",
        "积极争取上级政策和资金支持，财源建设成效明显。",
    ];

    public static readonly string[] FarmHeads = ["现代农牧业建设成效显著。", "精耕细作，粮食安全根基不断夯实。", "农牧业提质增效步伐加快。"];

    public static readonly string[] FarmFiller =
    [
        "严厉禁止耕地“非农化”、防止耕地“非粮化”，把牢粮食安全主动权。",
        "持续推动农牧业高质量发展，高标准农田建设扎实推进。",
        "进一步加大金融服务力度，扶持种养殖大户做大做强。",
        "嘎查村集体经济全面开花，一批特色产业项目顺利落地。",
        "积极践行惠农政策，各项补贴资金足额兑付到户。",
    ];

    public static readonly string[] LivelihoodHeads = ["民生保障持续加强。", "民生福祉不断增进。", "基础设施日臻完善。"];

    public static readonly string[] LivelihoodFiller =
    [
        "坚持以人民为中心的发展思想，统筹抓好社保、医保、低保等工作。",
        "扎实开展人居环境整治，村容村貌明显改善。",
        "持续深化平安建设，社会大局和谐稳定。",
        "全面规范市场秩序，为群众营造了更加放心的消费环境。",
    ];

    public static readonly string[] PlanOpenings =
    [
        "今年是全面贯彻落实党的二十大精神的开局之年，做好各项工作具有重要意义。",
        "今年政府工作的总体思路是：坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，着力保障和改善民生。",
    ];

    public static readonly string[] PlanFiller =
    [
        "全力做好项目储备工作，为高质量发展再谋新路。",
        "牢牢守住粮食安全与耕地红线，坚决遏制耕地“非农化”。",
        "持续健全防返贫动态监测和帮扶机制，守牢不发生规模性返贫底线。",
        "加大镇容环境整治力度，全面提高集镇管理水平。",
        "开展就业帮扶、职业技能培训等行动，全力帮助群众就业创业。",
    ];

    public static readonly string[] Closings =
    [
        "各位代表，新征程催人奋进，新使命重任在肩。让我们凝心聚力、真抓实干，奋力谱写高质量发展新篇章！",
        "各位代表，蓝图已经绘就，奋进正当其时。让我们踔厉奋发、勇毅前行，为全面建设现代化新城镇而努力奋斗！",
    ];

    /// <summary>Lists under 其中: the whole, its unit, and the parts a report names.</summary>
    public static readonly (string Whole, string Unit, string[] Parts)[] Lists =
    [
        ("全镇共有农牧家乐", "户", ["获评自治区星级农(牧)家乐", "市级农(牧)家乐", "旗级农(牧)家乐"]),
        ("累计发展农民专业合作社", "家", ["国家级示范社", "自治区级示范社", "市级示范社"]),
        ("全年累计实施项目", "个", ["新建项目", "续建项目", "扩建项目"]),
        ("全年新增市场主体", "户", ["企业", "个体工商户", "农民专业合作社"]),
    ];

    /// <summary>Coverage statements: who is counted, their classifier, and what they have.</summary>
    public static readonly (string Who, string Classifier, string Has, string Rate)[] Coverages =
    [
        ("农牧户", "户", "接通自来水", "自来水覆盖率"),
        ("脱贫人口", "人", "参加基本医疗保险", "参保率"),
        ("适龄儿童", "名", "接种疫苗", "疫苗接种率"),
        ("农户", "户", "完成改厕", "卫生厕所普及率"),
    ];
}
