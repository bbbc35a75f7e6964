/**
 * Core products (核心产品清单) of member enterprises: the product, its industry, and the technologies and skills it rests on;
 * listed per body, and the context from which partners are suggested to an enterprise.
 */
@org.springframework.modulith.NamedInterface("products")
package org.ronghe.docking.products;
