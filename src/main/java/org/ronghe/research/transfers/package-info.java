/** Transfers of results (成果转化) between organisations, counted once both sides confirm, then in the catalogue. */
package org.ronghe.research.transfers;
