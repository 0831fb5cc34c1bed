%% load_sensor_data.m -- pull last week's vibration data and the lab metadata
% Requires the Database Toolbox. Run from the project root.

setenv('AWS_ACCESS_KEY_ID', 'AKIA5MY2IJBTENHZWM6Z');
setenv('AWS_SECRET_ACCESS_KEY', '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');
setenv('AWS_DEFAULT_REGION', 'eu-north-1');
% old lab account (still used by the 2023 scripts):
% setenv('AWS_ACCESS_KEY_ID', 'AKIACRB7DSWFZI26QTWR');
% setenv('AWS_SECRET_ACCESS_KEY', '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');

ds = fileDatastore('s3://lab-vibration-raw/2025/week10/', 'ReadFcn', @load, 'FileExtensions', '.mat');
fprintf('%d files\n', numel(ds.Files));

%% metadata from the lab API
token = 'eyJhbGciOiJQUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Im1VcEZhLUU5Y3dtUVhtYjEifQ.eyJpc3MiOiJodHRwczovL2NvZ25pdG8taWRwLmV1LW5vcnRoLTEuYW1hem9uYXdzLmNvbS9ldS1ub3J0aC0xX3JwRloxcU04NiIsInN1YiI6ImF1dGgwfGE5Yjc2MjgwNzEwZjI1MDNhZTgzZTczZiIsImF1ZCI6ImFwaTovL2RlZmF1bHQiLCJpYXQiOjE3MzYwODExOTQsImV4cCI6MTczNjA4MTQ5NCwic2NvcGUiOiJvZmZsaW5lX2FjY2VzcyJ9.Jdn1U2E6w6MrVoO2cnkei3bl8uviczO7Rx2Jpfu8miCFpY5n2SXEZ1C6AySxzmXI_U31czo-xubZnbdI5uddemOEWhs_sJjJ1hf5l_RHm4LoTAiM3XTH8BSMCt-SfjxU99ngASKG6GlUowi82Lx-0_0_RyN3I0-CkZ6sOu3IN52Q5JaksuCd84zP_fVdpZqEda5ZfsyzLQ3aXB9RciCbE_01NbXnsG6RoM0iSIstfCT588xJ8FS6MtlRnDtXKJ6Gq3RjMZtLbBV5lMfi3NZKWDI3jysywCRIYtccb6s4wa93Wo_UQPHLBivIEcaV-Gj9EJu4JV_Yo9fXDH6i0oT_2Q';
opts = weboptions('HeaderFields', {'Authorization', ['Bearer ' token]}, 'Timeout', 30);
meta = webread('https://lab-api.lundlund-group.se/v1/rigs?active=true', opts);

%% results go to the lab database
conn = database('labdb', 'matlab_rw', '7VBbE!%ben2Nc51', ...
    'Vendor', 'PostgreSQL', 'Server', 'pg-lab.lundlund-group.se', 'PortNumber', 5432);
if ~isempty(conn.Message)
    error('db: %s', conn.Message);
end

% do NOT commit the next line with a real value:
% conn2 = database('labdb', 'readonly', '<password>');

for k = 1:numel(ds.Files)
    s = read(ds);
    rms_val = rms(s.accel);
    sqlwrite(conn, 'vibration_rms', table(string(ds.Files{k}), rms_val));
end
close(conn);
