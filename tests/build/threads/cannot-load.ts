/** A stand-in build thread whose code cannot be loaded. */
throw new Error('the annotator is broken');
