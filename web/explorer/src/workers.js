// Monaco runs its language services in web workers. build.mjs bundles each worker into a file of its own
// and passes the hashed file names in as __EXPLORER_WORKERS__; they sit beside this module.
const workers = __EXPLORER_WORKERS__;

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const file = workers[label] ?? workers.editor;
    return new Worker(new URL(`./${file}`, import.meta.url), { name: label });
  },
};
