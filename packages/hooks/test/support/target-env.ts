// Vitest applies `define`d `process.env` values at run time in workers that projects may share, so
// each project sets the build target (TARO_ENV) itself before every test file.
process.env.TARO_ENV = process.env.VITEST_TARO_ENV ?? 'h5'
