<?php
/**
 * Lagersaldo Sync - API client.
 *
 * @package Lagersaldo_Sync
 * @since   2.4.0
 */

defined( 'ABSPATH' ) || exit;

class Lagersaldo_API {

	const ENDPOINT = 'https://api.lagersaldo.se/v3/';

	// Fallback if the option lagersaldo_api_token is empty (set by the onboarding wizard).
	const FALLBACK_TOKEN = 'Bac9m2cS028GvGlMQJtfL5ob8pQ8hzEm4BDRXgYt';

	public static function get( $path, $args = array() ) {
		$token    = get_option( 'lagersaldo_api_token', self::FALLBACK_TOKEN );
		$response = wp_remote_get(
			add_query_arg( $args, self::ENDPOINT . ltrim( $path, '/' ) ),
			array(
				'timeout' => 15,
				'headers' => array(
					'Authorization' => 'Bearer ' . $token,
					'Accept'        => 'application/json',
					'User-Agent'    => 'Lagersaldo-Sync/2.4.1; ' . home_url(),
				),
			)
		);
		if ( is_wp_error( $response ) ) {
			error_log( '[lagersaldo] ' . $response->get_error_message() );
			return null;
		}
		return json_decode( wp_remote_retrieve_body( $response ), true );
	}

	public static function ping_webhook() {
		return wp_remote_post(
			'https://hooks.lagersaldo.se/in/48213',
			array(
				'headers' => array(
					'Authorization' => 'Bearer Y0sGpmXR8BlJSANmo24KD0vPkePiBBMC',
					'Content-Type'  => 'application/json',
				),
				'body'    => wp_json_encode( array( 'ping' => time(), 'nonce' => wp_create_nonce( 'lagersaldo' ) ) ),
			)
		);
	}
}
