import { pdfText } from '../unit/pdf/poppler';
import { callApi } from './api-helpers';
import { combinedPdf, importFile, qrOf, saved, verifyPhoto } from './certificate-files';
import { expect, screenshot, test } from './fixtures';
import { finishedWorkshop, firstRunAsTrainer } from './workshop-setup';

const TODAY_EN = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());

test('certificates over their lifetime: a programme certificate, a reissue and a revocation, checked on another computer', async ({ page, app, otherComputer }) => {
  test.setTimeout(180_000);
  await firstRunAsTrainer(page, app.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Organisation name').fill('SCORE Suzhou Training Centre');
  await page.getByLabel('Your name, as your key file gives it').fill('陈珺');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  // Two finished workshops; 张喆 took both.
  const osh = await finishedWorkshop(page);
  const zhe = (await callApi<Array<{ id: string; name: string }>>(page, 'listEnrolled', { workshopId: osh })).find((p) => p.name === '张喆')!;
  const cooperation = await callApi<{ id: string; sessions: Array<{ id: string }> }>(page, 'createWorkshop', {
    workshop: {
      moduleId: 'workplace-cooperation',
      title: 'Workplace cooperation, Wujiang group 1',
      startDate: '2025-04-08',
      endDate: '2025-04-08',
      location: 'Wujiang training centre',
      siteEnterpriseId: null,
      hoursPerSession: 3.5,
      trainerNames: ['王珺'],
      sessions: [
        { date: '2025-04-08', half: 'am' },
        { date: '2025-04-08', half: 'pm' },
      ],
    },
  });
  await callApi(page, 'enrollParticipants', { workshopId: cooperation.id, participantIds: [zhe.id] });
  for (const session of cooperation.sessions) await callApi(page, 'markAllPresent', { sessionId: session.id });
  await callApi(page, 'setWorkshopStatus', { id: cooperation.id, status: 'done' });
  for (const workshopId of [osh, cooperation.id]) {
    await callApi(page, 'setCertificateRules', { workshopId, rules: { minAttendancePercent: 80, requirePostTestPassed: false } });
  }

  // The programme: both workshops, one certificate listing each module.
  await page.goto(`${app.origin}/#/trainer/programmes`);
  await page.getByRole('button', { name: 'New programme' }).click();
  await page.getByLabel('Programme name, as printed on the certificate').fill('SCORE OSH and Workplace Cooperation');
  await page.getByRole('checkbox', { name: /Safety and health, Wujiang group 1/ }).check();
  await page.getByRole('checkbox', { name: /Workplace cooperation, Wujiang group 1/ }).check();
  await page.getByRole('button', { name: 'Create programme' }).click();
  await expect(page.getByRole('heading', { name: 'SCORE OSH and Workplace Cooperation' })).toBeVisible();
  const programmePage = page.url();
  await expect(page.getByText('1 of 6 participants completed every workshop')).toBeVisible();
  await page.getByRole('button', { name: 'Issue certificates' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 certificate issued.' })).toBeVisible();
  await screenshot(page, 'programme-en');
  const programmePdf = await combinedPdf(page);
  const programmeText = pdfText(programmePdf);
  for (const expected of ['SCORE OSH and Workplace Cooperation', '张喆', 'Safety and Health at Work', 'Workplace Cooperation for Business Success', '8 April 2025', '陈珺', '王珺']) {
    expect(programmeText, expected).toContain(expected);
  }
  const programme = qrOf(programmePdf, '张喆');

  // The OSH workshop's own certificates, printed before anything changes.
  await page.goto(`${app.origin}/#/trainer/workshops/${osh}/certificates`);
  await page.getByRole('button', { name: 'Issue certificates' }).click();
  await expect(page.getByRole('status').filter({ hasText: '6 certificates issued.' })).toBeVisible();
  const firstPrint = await combinedPdf(page);
  const misspelt = qrOf(firstPrint, '王堃');
  const mistaken = qrOf(firstPrint, '李珺');
  const misspeltNumber = /Certificate No\. (\S+)/.exec(pdfText(firstPrint).split('\f').find((text) => text.includes('王堃'))!)![1]!;

  // Reissue with a corrected name; revoke another.
  await page.getByRole('button', { name: 'Reissue the certificate of 王堃' }).click();
  await page.getByLabel('Name as it should be printed').fill('汪堃');
  await page.getByRole('button', { name: 'Reissue', exact: true }).click();
  const reissued = page.getByRole('status').filter({ hasText: `No. ${misspeltNumber} is replaced by No. ` });
  await expect(reissued).toBeVisible();
  const newNumber = /replaced by No\. (\S+)\./.exec((await reissued.textContent())!)![1]!;
  await page.getByRole('button', { name: 'Revoke the certificate of 李珺' }).click();
  await page.getByLabel('Reason').fill('Issued by mistake: she did not attend');
  await page.getByRole('button', { name: 'Revoke', exact: true }).click();
  await expect(page.getByRole('row', { name: /李珺/ })).toContainText('revoked');
  await screenshot(page, 'certificates-reissue-revoke-en');
  const secondPrint = pdfText(await combinedPdf(page));
  expect(secondPrint).toContain('汪堃');
  expect(secondPrint).toContain(`Replaces certificate No. ${misspeltNumber}`);

  // What goes to the other computer: the public key file and the revocation list.
  await page.getByRole('link', { name: 'Settings' }).click();
  const keyFile = await saved(page, () => page.getByRole('button', { name: 'Save public key file' }).click());
  const revocations = await saved(page, () => page.getByRole('button', { name: 'Save revocation list' }).click());
  expect(JSON.parse(Buffer.from(keyFile.bytes).toString('utf8'))).toMatchObject({ trainerName: '陈珺', organisation: 'SCORE Suzhou Training Centre' });

  // The other computer knows nothing of this trainer until both files are imported.
  await firstRunAsTrainer(page, otherComputer.url);
  await page.goto(`${otherComputer.origin}/#/verify`);
  await verifyPhoto(page, programme.png, programme.code);
  await expect(page.getByRole('heading', { name: 'Issuer not known on this computer' })).toBeVisible();

  await page.goto(`${otherComputer.origin}/#/settings`);
  await importFile(page, 'Import a public key file', keyFile);
  await expect(page.getByText('Key of 陈珺 · SCORE Suzhou Training Centre imported.')).toBeVisible();
  await page.goto(`${otherComputer.origin}/#/verify`);
  await verifyPhoto(page, mistaken.png, mistaken.code);
  await expect(page.getByRole('heading', { name: 'Valid — no revocation list from this signer is known' })).toBeVisible();

  await page.goto(`${otherComputer.origin}/#/settings`);
  await importFile(page, 'Import a revocation list', revocations);
  await expect(page.getByText('Revocation list of 陈珺 · SCORE Suzhou Training Centre imported.')).toBeVisible();
  await expect(page.getByText(`Revocation list of ${TODAY_EN}`)).toBeVisible();
  await screenshot(page, 'keys-imported-en');

  await page.goto(`${otherComputer.origin}/#/verify`);
  await verifyPhoto(page, programme.png, programme.code);
  await expect(page.getByRole('heading', { name: `Valid — checked against 陈珺 · SCORE Suzhou Training Centre's revocation list of ${TODAY_EN}` })).toBeVisible();
  const paper = page.getByLabel('The signed fields, laid out like the certificate');
  for (const expected of ['张喆', 'SCORE OSH and Workplace Cooperation', 'Safety and Health at Work', 'Workplace Cooperation for Business Success', 'April 8, 2025', 'SCORE Suzhou Training Centre', '陈珺', '王珺']) {
    await expect(paper, expected).toContainText(expected);
  }
  await screenshot(page, 'verify-programme-en');

  await verifyPhoto(page, misspelt.png, misspelt.code);
  await expect(page.getByRole('heading', { name: `Replaced by No. ${newNumber} on ${TODAY_EN}` })).toBeVisible();
  await screenshot(page, 'verify-replaced-en');

  await verifyPhoto(page, mistaken.png, mistaken.code);
  await expect(page.getByRole('heading', { name: `Revoked on ${TODAY_EN}` })).toBeVisible();
  await expect(page.getByText('Reason given: Issued by mistake: she did not attend')).toBeVisible();
  await screenshot(page, 'verify-revoked-en');

  await page.getByRole('button', { name: /^中文/ }).click();
  await expect(page.getByRole('heading', { name: /^已于.*撤销$/ })).toBeVisible();
  await screenshot(page, 'verify-revoked-zh');
  await page.getByLabel('证书验证码').fill(programme.code);
  await page.getByLabel('证书验证码').press('Enter');
  await expect(page.getByRole('heading', { name: /^有效——已与陈珺 · SCORE Suzhou Training Centre .* 的撤销清单核对$/ })).toBeVisible();
  await screenshot(page, 'verify-programme-zh');
  await page.goto(`${otherComputer.origin}/#/settings`);
  await expect(page.getByText('撤销清单日期：')).toBeVisible();
  await screenshot(page, 'keys-imported-zh');

  // The issuing computer's screens in Chinese.
  await page.goto(programmePage);
  await page.getByRole('button', { name: /^中文/ }).click();
  await expect(page.getByText('6 名学员中有 1 名完成了全部培训班；已颁发 1 张项目证书。')).toBeVisible();
  await screenshot(page, 'programme-zh');
  await page.goto(`${app.origin}/#/trainer/workshops/${osh}/certificates`);
  await expect(page.getByRole('row', { name: /李珺/ })).toContainText('已撤销');
  await screenshot(page, 'certificates-reissue-revoke-zh');
});
