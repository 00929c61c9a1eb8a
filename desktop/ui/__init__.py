"""The Précis window: thin widgets over the engine."""
