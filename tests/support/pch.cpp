// Holds the precompiled headers that every test executable reuses.
