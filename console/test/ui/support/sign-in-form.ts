// Test support: the console's sign-in form, filled in and sent as a person does it.
import type { Page } from 'playwright-core';

/** Who signs in to a console: the form's two fields. */
export type Account = { username: string; password: string };

/**
 * Fills the sign-in form already on the page and sends it, without waiting for an outcome: the
 * test waits for what it expects (the console going live, or the refusal it checks).
 */
export async function submitSignIn(page: Page, as: Account): Promise<void> {
  await page.getByLabel('Username').fill(as.username);
  await page.getByLabel('Password').fill(as.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
