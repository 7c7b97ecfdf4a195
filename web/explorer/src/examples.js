// The example operations a newcomer finds open: one or more per kind of user the hub serves. Each names the role
// it is for; opening it switches the explorer to that role (a development token the hub minted for it), and the
// role can be switched back to see what another caller gets. Each runs against the current schema (schema.graphql)
// over the demo network of 望城区, whose ids are the same on every start.

// The roles, in the order the header shows their examples.
export const roles = [
  { key: 'social_worker', label: '社工', labelEn: 'Social worker' },
  { key: 'official', label: '民政局', labelEn: 'Official' },
  { key: 'volunteer', label: '志愿者', labelEn: 'Volunteer' },
  { key: 'app', label: '应用', labelEn: 'App' },
  { key: 'admin', label: '管理员', labelEn: 'Admin' },
];

export const examples = [
  {
    name: 'WhoCanHelp',
    label: '谁能帮忙',
    labelEn: 'Who can help',
    role: 'social_worker',
    query: `# 社工：谁能满足这位失能老人“送节目上门”的需求，为什么
# Social worker: who can meet this disabled elder's need for a performance at home, and why.
# As 匿名 (anonymous) the need shows only its public title, and helpers who serve only disabled
# elders do not appear: the answer depends on nothing the caller may not see.
query WhoCanHelp {
  need: node(id: "TmVlZDoxOTYy") {
    ... on Need {
      name situations mode
      elder: links(direction: IN, types: [HAS_NEED]) {
        edges { node { ... on Elder { name ageBand mobility living area { name } } } }
      }
    }
  }
  whoCanHelp(needId: "TmVlZDoxOTYy", first: 5) {
    score reach hops distanceKm
    helper { ... on Organization { name kind } ... on Volunteer { name } }
    scoreParts { categoryFit proximity distance availability trackRecord load }
    path { via direction node { ... on Need { name } ... on Area { name } ... on Organization { name } } }
  }
}
`,
  },
  {
    name: 'MyElders',
    label: '服务老人',
    labelEn: 'My elders',
    role: 'social_worker',
    query: `# 社工：本站服务片区的老人及其个人信息（每次读取都记入审计日志）
# Social worker: the elders of the station's areas, with their personal data (each read is audited)
query MyElders {
  viewer { name stations { name } }
  elders(first: 10, where: {forSituation: "disabled"}) {
    totalCount
    nodes { id name ageBand living mobility situations phone address area { name } }
  }
}
`,
  },
  {
    name: 'NewNeed',
    label: '登记需求',
    labelEn: 'Record a need',
    role: 'social_worker',
    query: `# 社工（写入）：为一位老人登记陪同就医需求；同一 clientMutationId 再次发送，返回第一次的结果
# Social worker (a write): record an escort need for an elder; the same clientMutationId sent again
# returns the first result and writes nothing twice. Anonymous callers and apps get UNAUTHENTICATED/FORBIDDEN.
mutation NewNeed {
  createNeed(input: {clientMutationId: "explorer-escort-1", name: "陪同就医：每月复查",
      categories: ["companionship.escort"], mode: HOME, helpersWanted: 1, ownerId: "RWxkZXI6MTUzMg"}) {
    need { id name status categories }
    userErrors { field message code }
  }
}
`,
  },
  {
    name: 'DistrictOverview',
    label: '区县覆盖',
    labelEn: 'District',
    role: 'official',
    query: `# 民政局：望城区五社覆盖，按街道、乡镇列出
# Official: five-society coverage of Wangcheng District
query DistrictOverview {
  area(code: "430112") {
    name
    counts { kind count }
    societies {
      community socialOrganization socialWorker
      volunteer charitableResource complete
    }
    children { name code kind societies { complete } }
  }
}
`,
  },
  {
    name: 'Township',
    label: '街道社区',
    labelEn: 'Township',
    role: 'official',
    query: `# 民政局：一个街道的社区和村，及其志愿者覆盖
# Official: the communities of a township and their volunteer coverage
query Township {
  area(code: "430112001") {
    name
    parent { name }
    children {
      id name code kind
      counts { kind count }
      societies { volunteer complete }
    }
  }
}
`,
  },
  {
    name: 'MyProfile',
    label: '我的资料',
    labelEn: 'My profile',
    role: 'volunteer',
    query: `# 志愿者：我的资料（可用 updateVolunteer 修改，需带上 version）
# Volunteer: my own profile (change it with updateVolunteer, giving the version read)
query MyProfile {
  viewer {
    name roles
    node { ... on Volunteer { id version name volunteerNumber skills availability maxTravelKm area { name } } }
  }
}
`,
  },
  {
    name: 'Directory',
    label: '公开目录',
    labelEn: 'Directory',
    role: 'app',
    query: `# 应用：公开目录——高塘岭街道提供陪伴服务的志愿者，及整个网络的规模
# App: the public directory, volunteers of 高塘岭街道 who offer companionship, and the network's totals
query Directory($after: String) {
  volunteers(first: 10, after: $after, where: {withinAreaCode: "430112001", offersService: "companionship"}) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id name skills availability area { name } }
  }
  network { nodes links counts { kind count } }
}
`,
  },
  {
    name: 'AuditLog',
    label: '审计日志',
    labelEn: 'Audit log',
    role: 'admin',
    query: `# 管理员：谁在何时读取了哪位老人的哪些个人信息
# Admin: who read which personal fields of which elder, and when
query AuditLog {
  auditLog(first: 10) {
    pageInfo { hasNextPage endCursor }
    nodes { at subject roles kind nodeId fields action operation }
  }
}
`,
  },
];
