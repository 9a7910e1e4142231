/**
 * The HTTP API {@code serve} runs: file upload into the same intake as the inbox and
 * SFTP, the list of files, and a trigger for jobs. Listens on 127.0.0.1 unless told
 * otherwise, until authentication comes.
 */
package io.cashpost.web;
