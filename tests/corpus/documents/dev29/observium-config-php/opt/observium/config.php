<?php

## Check http://www.observium.org/docs/config_options/ for documentation of possible settings

// Database config
$config['db_extension'] = 'mysqli';
$config['db_host']      = 'localhost';
$config['db_user']      = 'observium';
$config['db_pass']      = 'lfW3O41r5+ad6cs';
$config['db_name']      = 'observium';

// Base directory
#$config['install_dir'] = "/opt/observium";

// Default community list to use when adding/discovering
$config['snmp']['community'] = array("sUXOCg7WufNhkZUNdVd", "4bEEL3SgBZ2gC");

// Authentication Model
$config['auth_mechanism'] = "mysql";

$config['rrd_dir'] = "/var/lib/observium/rrd";
$config['log_file'] = "/var/log/observium/observium.log";
$config['fping'] = "/usr/bin/fping";
