import { test as setup, expect } from '@playwright/test';

const authFile = 'playwright/.auth/handlaggare.json';

setup('logga in som handläggare', async ({ page }) => {
  await page.goto('https://stage.bidragsportal.lan/login');
  await page.getByLabel('Användarnamn').fill('e2e.handlaggare');
  await page.getByLabel('Lösenord').fill('Granit_Mandel24%');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { name: 'Mina ärenden' })).toBeVisible();
  await page.context().storageState({ path: authFile });
});

setup('logga in som admin', async ({ page }) => {
  const pw = process.env.E2E_ADMIN_PASSWORD ?? "x!oz1b.isP9Ib=H9FZYz9";
  await page.goto('https://stage.bidragsportal.lan/login');
  await page.getByLabel('Användarnamn').fill('e2e.admin');
  await page.getByLabel('Lösenord').fill(pw);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.context().storageState({ path: 'playwright/.auth/admin.json' });
});
