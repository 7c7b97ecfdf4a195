using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Demo;

/// <summary>The fixed tables the demo network is drawn from: the real townships of 望城区 and the parts of illustrative names.</summary>
internal static class DemoData
{
    /// <summary>
    /// The 15 township-level units of 望城区 in statistical-code order: 10 subdistricts (001-010), then 5 towns (100-104).
    /// Points are approximate; the community count is how many illustrative communities or villages each gets.
    /// </summary>
    public static readonly (string Name, AreaKind Kind, double Lat, double Lon, int Communities)[] Townships =
    [
        ("高塘岭街道", AreaKind.Subdistrict, 28.3476, 112.8196, 9),
        ("丁字湾街道", AreaKind.Subdistrict, 28.3930, 112.8960, 7),
        ("大泽湖街道", AreaKind.Subdistrict, 28.2720, 112.8050, 8),
        ("月亮岛街道", AreaKind.Subdistrict, 28.2540, 112.8980, 8),
        ("白沙洲街道", AreaKind.Subdistrict, 28.3160, 112.8690, 7),
        ("金山桥街道", AreaKind.Subdistrict, 28.2880, 112.8380, 7),
        ("黄金园街道", AreaKind.Subdistrict, 28.3040, 112.7700, 8),
        ("铜官街道", AreaKind.Subdistrict, 28.4520, 112.8520, 7),
        ("乌山街道", AreaKind.Subdistrict, 28.2330, 112.7870, 6),
        ("雷锋街道", AreaKind.Subdistrict, 28.2180, 112.7480, 8),
        ("桥驿镇", AreaKind.Town, 28.4030, 112.9470, 7),
        ("茶亭镇", AreaKind.Town, 28.4190, 112.7180, 7),
        ("靖港镇", AreaKind.Town, 28.4620, 112.7600, 8),
        ("乔口镇", AreaKind.Town, 28.4710, 112.6830, 6),
        ("白箬铺镇", AreaKind.Town, 28.2290, 112.6820, 7),
    ];

    /// <summary>Common surnames (Hunan leaning); a person's name is surname + 某 + one given character.</summary>
    public static readonly string[] Surnames =
    [
        "李", "王", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "罗", "梁",
        "宋", "郑", "谢", "唐", "彭", "曾", "邓", "易", "袁", "谭", "龚", "贺", "欧阳", "肖", "蒋", "廖", "熊", "邹", "汤", "文",
    ];

    /// <summary>Given-name characters.</summary>
    public static readonly string[] GivenChars =
    [
        "兰", "芳", "华", "英", "秀", "珍", "梅", "桂", "凤", "玉", "明", "强", "军", "建", "国", "平", "德", "福", "林", "生",
        "清", "春", "秋", "红", "霞", "莲", "云", "辉", "勇", "波", "敏", "丽", "香", "菊", "松", "山", "海", "伟", "杰", "娟",
    ];

    /// <summary>First characters of illustrative community and village names.</summary>
    public static readonly string[] PlaceFirst =
    [
        "金", "新", "桥", "湖", "月", "星", "白", "丰", "东", "西", "南", "北", "谷", "荷", "桃", "柳", "杨", "梅", "竹", "松",
        "龙", "凤", "泉", "云", "华", "兴", "康", "和", "安", "福", "瑞", "祥", "宁", "德", "光", "明", "青", "乐", "花", "长",
    ];

    /// <summary>Second characters of illustrative community names (urban).</summary>
    public static readonly string[] CommunitySecond = ["峰", "康", "园", "城", "湖", "苑", "景", "华", "盛", "欣", "悦", "翠", "庭", "廊", "岭", "湾"];

    /// <summary>Second characters of illustrative village names (rural).</summary>
    public static readonly string[] VillageSecond = ["塘", "冲", "湾", "坪", "桥", "山", "洲", "港", "田", "林", "庄", "垸", "岭", "坡"];

    /// <summary>Illustrative social-work agencies (社工机构).</summary>
    public static readonly string[] Agencies =
    [
        "望城区青禾社会工作服务中心", "望城区暖阳社会工作服务中心", "望城区知行社会工作服务中心",
        "望城区善邻社会工作服务中心", "望城区乐龄社会工作服务中心", "望城区星光社会工作服务中心",
    ];

    /// <summary>Interest groups (兴趣小组): label and the service they offer.</summary>
    public static readonly (string Label, string Service)[] InterestGroups =
    [
        ("书法", "culture.calligraphy"),
        ("合唱", "culture.music"),
        ("智能手机", "education.smart-devices"),
        ("棋牌", "recreation.games"),
        ("读书", "culture.reading"),
        ("太极健身", "recreation.fitness"),
        ("花鼓戏", "culture.opera"),
        ("广场舞", "culture.dance"),
    ];

    /// <summary>Art troupes (文艺队): name suffix and the art they perform.</summary>
    public static readonly (string Suffix, string Service)[] Troupes =
    [
        ("夕阳红艺术团", "culture.music"),
        ("文艺队", "culture.dance"),
        ("花鼓戏队", "culture.opera"),
        ("腰鼓队", "culture.dance"),
        ("合唱团", "culture.music"),
        ("湘剧票友队", "culture.opera"),
    ];

    /// <summary>Programmes art troupes can bring to an elder's home (送节目上门).</summary>
    public static readonly string[] Programmes =
    [
        "花鼓戏传统小戏选段", "经典老歌联唱", "三句半《防诈骗》", "快板《说说咱社区》", "湘剧清唱", "民乐合奏", "小品《好邻居》", "诗朗诵《重阳》",
    ];

    /// <summary>Skills a younger-elder volunteer (低龄老人) may have.</summary>
    public static readonly string[] ElderVolunteerSkills =
    [
        "culture.performance", "culture.music", "culture.dance", "culture.opera", "culture.calligraphy", "companionship.visit",
        "companionship.phone", "meal.help", "recreation.games", "education.smart-devices", "education.anti-fraud", "companionship.visit",
    ];

    /// <summary>Skills a student volunteer may have.</summary>
    public static readonly string[] StudentSkills =
    [
        "education.smart-devices", "companionship.visit", "culture.reading", "companionship.phone", "recreation.festival", "education.smart-devices",
    ];

    /// <summary>Skills a resident volunteer may have.</summary>
    public static readonly string[] ResidentSkills =
    [
        "cleaning.help", "meal.delivery", "companionship.escort", "companionship.visit", "care.daily", "legal.aid", "health.check",
    ];

    /// <summary>Skills of social workers.</summary>
    public static readonly string[] SocialWorkSkills =
    [
        "social-work.case", "social-work.group", "social-work.community", "companionship.visit", "health.mental",
        "education.smart-devices", "social-work.training", "legal.aid",
    ];

    /// <summary>What elders like.</summary>
    public static readonly string[] Interests =
    [
        "culture.performance", "culture.opera", "culture.music", "culture.calligraphy", "recreation.games", "education.smart-devices",
        "companionship.visit", "recreation.fitness", "culture.reading", "culture.dance", "recreation.outing",
    ];

    /// <summary>Weekly availability of volunteers.</summary>
    public static readonly WeeklySchedule[] VolunteerHours =
    [
        WeeklySchedule.Parse("Mon-Fri 09-11"),
        WeeklySchedule.Parse("Mon-Fri 14-17"),
        WeeklySchedule.Parse("Sat-Sun 09-12"),
        WeeklySchedule.Parse("Tue 09-12, Thu 09-12"),
        WeeklySchedule.Parse("Mon 14-17, Wed 14-17, Fri 14-17"),
        WeeklySchedule.Parse("Sat 08-12"),
        WeeklySchedule.Parse("Mon-Sun 08-10"),
        WeeklySchedule.Parse("Wed-Fri 15-18"),
        WeeklySchedule.Parse("Sat-Sun 14-18"),
    ];

    /// <summary>Hours within which needs want help.</summary>
    public static readonly WeeklySchedule[] NeedHours =
    [
        WeeklySchedule.Parse("Mon-Fri 09-11"),
        WeeklySchedule.Parse("Mon-Fri 14-17"),
        WeeklySchedule.Parse("Sat-Sun 09-12"),
        WeeklySchedule.Parse("Tue 14-16, Thu 14-16"),
        WeeklySchedule.Parse("Wed 09-11"),
        WeeklySchedule.Parse("Mon-Sun 10-12"),
    ];

    /// <summary>Weekly slots of smart-device classes (智慧工具课堂).</summary>
    public static readonly WeeklySchedule[] ClassHours =
    [
        WeeklySchedule.Parse("Wed 09-11"),
        WeeklySchedule.Parse("Tue 14-16"),
        WeeklySchedule.Parse("Thu 09-11"),
        WeeklySchedule.Parse("Fri 14-16"),
        WeeklySchedule.Parse("Sat 09-11"),
    ];

    /// <summary>Equipment found in community venues.</summary>
    public static readonly string[] VenueEquipment = ["投影仪", "音响", "话筒", "电子屏", "空调", "桌椅", "钢琴", "书画桌", "无线网络", "电视机"];
}
