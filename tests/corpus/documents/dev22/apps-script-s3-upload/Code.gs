/**
 * Exports the "Beställningar" sheet as CSV to S3 every night.
 * Uses the S3-for-Google-Apps-Script library (S3.getInstance).
 */
var AWS_ACCESS_KEY_ID = 'AKIAJ3B7PD36UD3TG6VU';
var AWS_SECRET_ACCESS_KEY = '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';
var BUCKET = 'bestallningar-export';

function exportOrders() {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Beställningar');
  var csv = sheet.getDataRange().getValues().map(function (r) { return r.join(';'); }).join('\n');
  var s3 = S3.getInstance(AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY);
  var name = 'orders-' + Utilities.formatDate(new Date(), 'Europe/Stockholm', 'yyyy-MM-dd') + '.csv';
  s3.putObject(BUCKET, name, csv, { logRequests: false });
}

// PropertiesService.getScriptProperties().getProperty('AWS_SECRET_ACCESS_KEY') would be better
