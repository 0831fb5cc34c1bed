package com.corp.ledger.infra;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import org.springframework.beans.factory.annotation.Value;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class LegacyWiring {

    private static final String JDBC_URL = "jdbc:oracle:thin:@//ora-ledger.internal:1521/LEDGER";

    @Value("${ledger.jwt.secret:qIUMhVTrW+CK0pabr4dz+6ZMr6Hdh6Im0x2V5A1wKD2ww9Rf2GWYdbs76heMTauT}")
    private String jwtSecret;

    private static final String FIELD_KEY = "Oiv+byGKjFGnO1q8+vLx5rgho5cvPEqhkcGx9xzDqVs=";

    @Value("${ledger.db.password}")
    private String dbPassword;

    public static Connection legacyConnection() throws SQLException {
        return DriverManager.getConnection(JDBC_URL, "LEDGER_APP", "Spring@2018!!SE");
    }

    public static AmazonS3 archive() {
        BasicAWSCredentials creds = new BasicAWSCredentials("AKIAJC4TLL2D6KFVH6XF", "k5ROCSALZu9n7spKgqMDD0aa79ZcODrL84GW31RK");
        return AmazonS3ClientBuilder.standard()
                .withCredentials(new AWSStaticCredentialsProvider(creds))
                .withRegion("eu-west-1")
                .build();
    }

    // serialVersionUID and checksum of the schema we expect
    private static final long serialVersionUID = 810268339959306737L;
    private static final String SCHEMA_SHA1 = "34a1af83ad77bf25096a9b63f522398b52f26196";
}
