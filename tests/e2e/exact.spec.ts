import { expect, test } from '@playwright/test';

// Exact to the source: official wording quoted and labelled, citations by this site,
// conflicts shown unresolved, local addresses marked in a preview build.

test('an objective shows its official wording verbatim, labelled as quoted', async ({ page }) => {
  await page.goto('/en/objectives/osp-21/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alignment of the national contractual framework with international standards relating to the rights of immigrant workers');
  await expect(page.getByTestId('official-wording')).toContainText('Official wording, quoted exactly as “Programme achievements” writes it.');
});

test('in Arabic the English official wording stands beside the site\'s translation; in French OSP 1 is the ministry\'s own', async ({ page }) => {
  await page.goto('/ar/projects/rdpp-north-africa/');
  const wording = page.getByTestId('official-wording');
  await expect(wording.locator('q[lang="en"]')).toHaveText('Regional Development Protection Programmes (RDPP) in North Africa');
  await expect(wording).toContainText('ترجمة من هذا الموقع');
  await page.goto('/fr/objectives/osp-1/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Intégrer les immigrés et réfugiés dans le système scolaire formel et non formel');
  await expect(page.getByTestId('official-wording')).toContainText('Intitulé officiel en français');
});

test('a typo of the source stays, with the site\'s [sic] note', async ({ page }) => {
  await page.goto('/en/actions/10-8/');
  await expect(page.getByRole('main')).toContainText('Amending the Code labor.');
  await expect(page.getByTestId('official-wording')).toContainText('Note by this site: [sic]: “Code labor” is as the source writes it.');
});

test('"Cite this page" names this site as author and the page\'s sources, and marks the preview address', async ({ page }) => {
  await page.goto('/en/donors/idf/');
  const citation = page.getByTestId('citation');
  await expect(citation).toHaveText(/^Migration in Morocco: the SNIA and IOM\. “IOM Development Fund: IOM Morocco projects funded”\./);
  await expect(citation).toContainText('Sources: IOM (Middle East and North Africa site), “Morocco”, https://mena.iom.int/morocco; IOM, “IOM Development Fund – FAQs”, https://www.iom.int/iom-development-fund-faqs.');
  await expect(citation).not.toContainText('International Organization for Migration');
  // npm test builds without SITE_URL: a preview, and every absolute address says so.
  await expect(citation.getByTestId('preview-marker')).toBeVisible();
});

test('glosses carry numbered notes quoting their own source', async ({ page }) => {
  await page.goto('/en/projects/rdpp-north-africa/');
  const notes = page.getByTestId('citations');
  await expect(notes.locator('li')).toHaveCount(1);
  const note = notes.locator('li').first();
  await expect(note.locator('q[lang="en"], q:not([lang])')).toHaveText('the Regional Development and Protection Programme for North Africa (RDPP NA)');
  await expect(note).toContainText('— Italian Ministry of the Interior, “RDPP NA” (donor government): https://rdppna.interno.gov.it');
});

test('conflicts are shown, each side with its source, none chosen', async ({ page }) => {
  await page.goto('/en/projects/riase-voluntary-return-and-reintegration/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voluntary Return and Reintegration for Stranded Migrants');
  // The name is one of the project's conflicts (content/iom/projects/riase-….mdx lists the others).
  const differ = page.getByTestId('sources-differ').filter({ hasText: '(RIASE)' });
  await expect(differ).toHaveCount(1);
  await expect(differ.locator('li')).toHaveCount(2);
  await expect(differ).toContainText('(RIASE)');
  await expect(differ).toContainText('“RAISE”');
  await page.goto('/en/projects/foras-reintegration-opportunities/');
  await expect(page.getByTestId('sources-differ')).toContainText('a project funded by the German Federal Foreign Office');
  await page.goto('/en/');
  await expect(page.getByTestId('sources-differ').locator('li')).toHaveCount(3);
});

test('the IOM page credits the figure as the source does, and the housing price is quoted as published', async ({ page }) => {
  await page.goto('/en/iom/');
  await expect(page.getByRole('main')).toContainText('according to the Department of Economic and Social Affairs');
  await expect(page.getByRole('main')).not.toContainText(/UN DESA|United Nations/);
  await page.goto('/en/programmes/housing/');
  await expect(page.getByRole('main')).toContainText('“above 250 250,000 MAD including tax”');
});

test('"Lybia" in the quoted title and "Libya" in the countries each cite where the source writes them', async ({ page }) => {
  await page.goto('/en/projects/health-and-protection-for-vulnerable-migrants/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Morocco, Egypt, Lybia, Tunisia and Yemen');
  const notes = page.getByTestId('citations').locator('li');
  await expect(notes).toHaveCount(2);
  await expect(notes.nth(0).locator('q')).toHaveText('Fostering health and protection to vulnerable migrants transiting through Morocco, Egypt, Lybia, Tunisia and Yemen');
  await expect(notes.nth(1).locator('q')).toHaveText('national and local actors of Morocco, Tunisia, Egypt, Libya and Yemen');
});

test('lists name IDF and SDC as the source writes them; the expansion stands on the donor page with its note', async ({ page }) => {
  await page.goto('/en/donors/');
  const list = page.getByTestId('donor-list');
  await expect(list.getByRole('link', { name: 'IDF', exact: true })).toBeVisible();
  await expect(list.getByRole('link', { name: 'SDC', exact: true })).toBeVisible();
  await expect(list).not.toContainText(/IOM Development Fund|Swiss Agency for Development and Cooperation/);
  await page.goto('/en/funding/');
  await expect(page.getByRole('main')).not.toContainText(/IOM Development Fund|Swiss Agency for Development and Cooperation/);
  await page.goto('/en/donors/sdc/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Swiss Agency for Development and Cooperation (SDC)');
  await expect(page.getByTestId('citations')).toContainText('The Swiss Agency for Development and Cooperation (SDC) is Switzerland’s international cooperation agency');
});

test('an objective of a programme whose actions the source only counts says so, with no link to actions', async ({ page }) => {
  await page.goto('/en/objectives/osp-15/');
  const section = page.locator('#actions').locator('..');
  await expect(page.getByRole('main')).toContainText('For programme 8 as a whole, the source says its objectives are spread over 6 actions, but does not name them.');
  await expect(page.getByRole('main')).not.toContainText('See the actions of programme');
  await expect(section.locator('a[href$="#actions"]')).toHaveCount(0);
});
