<?php
/**
 * Plugin Name: Kommun elements
 * Description: Loads kommun-elements.js on every page and lets every editor keep its tags (goal-list, success-factors, …).
 * Version: 1.0.0
 * Requires at least: 6.5
 */

defined( 'ABSPATH' ) || exit;

// One <script type="module"> on every page. kommun-elements.js sits next to this file.
add_action(
	'wp_enqueue_scripts',
	function () {
		wp_enqueue_script_module( 'kommun-elements', plugins_url( 'kommun-elements.js', __FILE__ ), array(), '1.0.0' );
	}
);

// Users without the unfiltered_html capability (authors, editors on multisite): without this, kses
// removes the tags and their attributes when the post is saved. <script> stays forbidden.
add_filter(
	'wp_kses_allowed_html',
	function ( $tags, $context ) {
		if ( 'post' !== $context ) {
			return $tags;
		}
		$elements = array(
			'goal-list'       => array( 'goals', 'src', 'heading-level', 'summary', 'layout', 'i18n' ),
			'goal-card'       => array( 'goal', 'heading-level', 'i18n' ),
			'success-factors' => array( 'factors', 'src', 'heading', 'heading-level', 'intro', 'layout', 'i18n' ),
			'contact-status'  => array( 'name', 'phone', 'email', 'hours', 'src', 'time-zone', 'contact', 'heading-level', 'i18n' ),
			'page-feedback'   => array( 'endpoint', 'page', 'comment', 'max-length', 'contact-href', 'analytics', 'heading-level', 'i18n' ),
		);
		foreach ( $elements as $tag => $attributes ) {
			$tags[ $tag ] = array_fill_keys( array_merge( $attributes, array( 'lang', 'dir' ) ), true );
		}
		return $tags;
	},
	10,
	2
);

// Let the media library (Mediabibliotek) take .json goal-set files for src="…".
// WordPress reads a JSON file's content as text/plain, so that is the type to declare.
add_filter(
	'upload_mimes',
	function ( $mimes ) {
		$mimes['json'] = 'text/plain';
		return $mimes;
	}
);
