// The example operations a newcomer finds open: one per kind of user the hub serves.
// Each runs against the current schema (schema.graphql); a comment says who it is for.

export const examples = [
  {
    name: 'DistrictOverview',
    label: '民政局',
    labelEn: 'Official',
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
    label: '社工',
    labelEn: 'Social worker',
    query: `# 社工：一个街道的社区和村，及其志愿者覆盖
# Social worker: the communities of a township
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
    name: 'Totals',
    label: '应用',
    labelEn: 'App',
    query: `# 应用：整个网络的节点数和关系数
# App: totals of the whole network
query Totals {
  network { nodes links counts { kind count } }
}
`,
  },
];
