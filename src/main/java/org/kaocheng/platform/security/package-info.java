/**
 * Authentication and authorisation with Apache Shiro: accounts and roles in the database,
 * Argon2id password hashes, lock-out after repeated failures, the password policy, and the
 * checks services make of the current user's roles and unit scope.
 */
package org.kaocheng.platform.security;
