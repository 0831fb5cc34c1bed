% hamtaElpriser.m - laddar timpriser for SE3 och ritar dygnskurvan
url = 'https://api.energidata.lan/v1/spotpris';
token = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3ODA4MDIiLCJpYXQiOjE3NzE0Mzc5NzAsImV4cCI6MTc3MTQzODg3MCwic2NvcGUiOiJzcG90cHJpczpyZWFkIiwianRpIjoiNWM1MmM0MDYtNzU0MS00NWY2LWJhM2MtZmFlMmFhYjZkMzNiIn0.squUY5lziNOKJKg6gjPPp13LQFhKbcc6FxMCzU2j2H0';
opts = weboptions('HeaderFields', {'Authorization', ['Bearer ' token]}, ...
                  'ContentType', 'json', 'Timeout', 30);
data = webread(url, 'omrade', 'SE3', 'datum', datestr(now, 'yyyy-mm-dd'), opts);
plot([data.timme], [data.pris_ore]);
title('Spotpris SE3 (öre/kWh)');
