function T = hamtaMatserie(sensorId, fran, till)
%HAMTAMATSERIE Hamtar matvarden fran labbdatabasen.
%   T = hamtaMatserie(12, datetime(2026,1,1), datetime(2026,1,31))

conn = database('labbdata', 'matlab_las', 'Lingon_Oak18*', ...
    'Vendor', 'PostgreSQL', 'Server', 'pg-labb.lan', 'PortNumber', 5432);
q = sprintf(['SELECT tid, varde FROM matning WHERE sensor = %d ' ...
    'AND tid BETWEEN ''%s'' AND ''%s'' ORDER BY tid'], sensorId, ...
    string(fran, 'yyyy-MM-dd'), string(till, 'yyyy-MM-dd'));
T = fetch(conn, q);
close(conn);
end
