// Self-hosted Renovate bot config (renovate-bot deployment, mounted at /usr/src/app/config.js)
module.exports = {
  platform: 'gitea',
  endpoint: 'https://git.bergdal.app/api/v1/',
  token: 'e35111ac760484cd815fa13ecdd1fa849956e9ef',
  redisUrl: 'redis://:y4itIEY.DO1W9VDS4@renovate-redis:6379',
  gitAuthor: 'Renovate Bot <renovate@bergdal.app>',
  autodiscover: true,
  onboardingConfig: { extends: ['config:recommended'] },
  githubTokenForReleaseNotes: undefined,
  hostRules: [
    {
      matchHost: 'github.com',
      token: 'ghp_GbFon5DsfYHP4spg1R0tCwqxnn1m5crPTDFk',
    },
    {
      matchHost: 'registry.npmjs.org',
      hostType: 'npm',
      token: 'npm_wSs06sPqMP0q6gGuIqDtEg1ljreXdJiECn9d',
    },
    {
      matchHost: 'harbor.bergdal.app',
      hostType: 'docker',
      username: 'robot$renovate',
      password: 'aR+^IBDkgq&N+KtC?tUBj2',
    },
  ],
  // encrypted values from https://app.renovatebot.com/encrypt are safe to commit
  encrypted: {
    npmToken: 'wcFMA/xDdHCJBTolAQ/+Ixz3/joWLLBFfswaHLrQ6UYBLLIxdTRw/XW6xBhh1m/lnJAgk3UFe6Uhjto5WeH5aLXmYaZTB17G8C346hjx9hBe0h7Z4VZCVt2ngx/U8pymH8vKp1lF3otaOs4rZyDBUI/CtUFznilBZuk4lUW0STjp0s1CAvNvDTa0jfuynM3omOt5t4xyTw9iTDTu2rhj5DI4loPWzrXZczwcAIyY9ATUkSsZj7nGAjO0B1/5VQDJ1nNgWMWTYPcWiOcmhYa/7q9iRhiohf57qtzwMVGH0rwHmJyNzSboJYYyrkOHntu9Z6MhzpIn2wdUT5cdvIBr0sicnTdWJkr4apzI9SbYNsp0sqdZVYrlHpH5z9h2wo0f1miPRnmQfOFsgk19dZ4Vto2bAkiX/g0SGNwqyLdX',
  },
};
