package org.transferhub.catalog.content;

/** How a technology can be transferred. The names are API codes: add new ones, never rename. */
public enum TransferMode {
    LICENSE, TECHNICAL_ASSISTANCE, TRAINING, CO_DEVELOPMENT, EQUIPMENT_SUPPLY, JOINT_VENTURE
}
