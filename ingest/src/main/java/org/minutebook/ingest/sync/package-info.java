/**
 * The client layer for reading a council's modern.gov site: {@link
 * org.minutebook.ingest.sync.ModernGovSite} builds the web-service call addresses from what a user
 * types, {@link org.minutebook.ingest.sync.Fetcher} gets them politely (paced per host, retried,
 * conditional, never throwing for network trouble) and {@link
 * org.minutebook.ingest.sync.ModernGovReader} turns the answers into records without I/O. Nothing
 * here stores anything: the caller decides what to keep.
 */
package org.minutebook.ingest.sync;
