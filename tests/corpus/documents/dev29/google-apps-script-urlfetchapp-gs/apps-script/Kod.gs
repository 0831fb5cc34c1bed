/**
 * Skickar nya anmälningar från kalkylarket till medlemsregistret.
 * Körs via tidsstyrd utlösare varje timme.
 */
const API_URL = 'https://medlem.idrottsforeningen.lan/api/anmalningar';
const API_TOKEN = 'kOWN2El7Mopv5q67dfGtUH_jHGU5OOHcmrSOq-oxPdo';

function skickaNya() {
  const blad = SpreadsheetApp.getActive().getSheetByName('Svar');
  const rader = blad.getDataRange().getValues();
  rader.slice(1).filter(r => r[8] !== 'skickad').forEach((r, i) => {
    const svar = UrlFetchApp.fetch(API_URL, {
      method: 'post',
      contentType: 'application/json',
      headers: { Authorization: 'Bearer ' + API_TOKEN },
      payload: JSON.stringify({ namn: r[1], grupp: r[4] }),
      muteHttpExceptions: true,
    });
    if (svar.getResponseCode() === 201) blad.getRange(i + 2, 9).setValue('skickad');
  });
}
