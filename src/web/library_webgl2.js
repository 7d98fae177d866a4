// The WebGL2 half of the renderer (linked with --js-library; the C++ half is imgui_webgl2.cpp and
// webgl_renderer.cpp, and gl_bridge.h declares these functions). The wasm decides what to draw,
// from Dear ImGui's draw data, and hands it over: the frame's vertices and indices where they lie
// in its memory, then one call per draw command; the WebGL calls are made here. Emscripten's GL
// library would make the same calls through emulated OpenGL ES functions, a table of object
// names and context management written for every kind of program: about 19 KB of unminified
// glue against this file's few.
//
// Nothing here reads state back from WebGL while a frame is drawn (imgui_webgl2.h says why). The
// one question, whether the program linked, is asked once, away from the first frame.

var LibraryWebGL2 = {
  $CEGL: {
    gl: null,
    program: null,
    textures: [null],  // by the id ImGui holds (ImTextureID); 0 is no texture
    bound: 0,          // the texture id TEXTURE_2D on unit 0 holds, so binds are not repeated
    pointedAt: -1,     // the first vertex the attributes point at, in this frame's buffer

    // Attribute locations are fixed in the shader, so nothing is looked up after linking.
    // toClip (pixels to clip space: xy scale, zw offset) is a constant attribute, set with
    // vertexAttrib4f, rather than a uniform, whose location would have to be asked for.
    vertexShader: '#version 300 es\n' +
        'layout(location = 0) in vec2 position;\n' +
        'layout(location = 1) in vec2 uv;\n' +
        'layout(location = 2) in vec4 colour;\n' +
        'layout(location = 3) in vec4 toClip;\n' +
        'out vec2 fragUv;\n' +
        'out vec4 fragColour;\n' +
        'void main() {\n' +
        '  fragUv = uv;\n' +
        '  fragColour = colour;\n' +
        '  gl_Position = vec4(position * toClip.xy + toClip.zw, 0.0, 1.0);\n' +
        '}\n',
    // The sampler stays on texture unit 0, its default: no uniform call either.
    fragmentShader: '#version 300 es\n' +
        'precision mediump float;\n' +
        'uniform sampler2D atlas;\n' +
        'in vec2 fragUv;\n' +
        'in vec4 fragColour;\n' +
        'layout(location = 0) out vec4 outColour;\n' +
        'void main() {\n' +
        '  outColour = fragColour * texture(atlas, fragUv);\n' +
        '}\n',

    bind: function(id) {
      if (id === CEGL.bound) return;
      CEGL.gl.bindTexture(CEGL.gl.TEXTURE_2D, CEGL.textures[id] || null);
      CEGL.bound = id;
    },
  },

  // Takes over the context the page made for the canvas (web/app.js, makeGraphicsContext: made
  // while the wasm downloads, and with the attributes chosen there), or returns 0 when there is
  // none. Lost and restored contexts are reported to ce_gl_context_lost / ce_gl_context_restored;
  // one lost before the widget took it over (the page asked for it back from the start) is
  // reported as lost once main() has run: it comes back, or the page offers a reload.
  ce_gl_create__deps: ['$CEGL', '$CE'],
  ce_gl_create: function() {
    var gl = Module['webglContext'];
    if (!gl) return 0;
    CEGL.gl = gl;
    CE.listen(gl.canvas, 'webglcontextlost', function(e) {
      e.preventDefault();  // tells the browser the widget wants the context back
      _ce_gl_context_lost();
    });
    CE.listen(gl.canvas, 'webglcontextrestored', function() { _ce_gl_context_restored(); });
    if (gl.isContextLost()) setTimeout(function() { _ce_gl_context_lost(); }, 0);
    return 1;
  },

  // The program, vertex array and buffers, and the fixed state: straight alpha blending into an
  // opaque canvas, clipping by scissor. Depth, stencil and culling are off in a new context.
  // Once per context: at start and after a restore. Compiled and linked without asking how it
  // went: the answer would wait for the GPU process on the way to the first frame.
  ce_gl_init__deps: ['$CEGL'],
  ce_gl_init: function() {
    var gl = CEGL.gl;
    var program = CEGL.program = gl.createProgram();
    [[gl.VERTEX_SHADER, CEGL.vertexShader], [gl.FRAGMENT_SHADER, CEGL.fragmentShader]].forEach(function(s) {
      var shader = gl.createShader(s[0]);
      gl.shaderSource(shader, s[1]);
      gl.compileShader(shader);
      gl.attachShader(program, shader);
      gl.deleteShader(shader);  // flagged only: it goes with the program
    });
    gl.linkProgram(program);
    gl.useProgram(program);
    gl.bindVertexArray(gl.createVertexArray());
    gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, gl.createBuffer());  // part of the vertex array's state
    for (var location = 0; location < 3; location++) gl.enableVertexAttribArray(location);
    gl.enable(gl.BLEND);
    gl.blendEquation(gl.FUNC_ADD);
    gl.blendFuncSeparate(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA, gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.enable(gl.SCISSOR_TEST);
    CEGL.bound = 0;
  },

  // After a loss every WebGL object is gone: forget them (they cannot be deleted).
  ce_gl_forget__deps: ['$CEGL'],
  ce_gl_forget: function() {
    CEGL.program = null;
    CEGL.textures = [null];
    CEGL.bound = 0;
  },

  // 1 when the context is live and the program failed to link. Reads state back: call it once.
  ce_gl_program_failed__deps: ['$CEGL'],
  ce_gl_program_failed: function() {
    var gl = CEGL.gl;
    return gl && !gl.isContextLost() && !gl.getProgramParameter(CEGL.program, gl.LINK_STATUS) ? 1 : 0;
  },

  // A texture of width x height RGBA pixels read from the wasm's memory at `pixels`; returns its
  // id (never 0). Linear filtering: ImGui samples its baked anti-aliased lines between texels.
  ce_gl_texture_create__deps: ['$CEGL'],
  ce_gl_texture_create: function(width, height, pixels) {
    var gl = CEGL.gl;
    var id = CEGL.textures.indexOf(null, 1);
    if (id < 0) id = CEGL.textures.length;
    CEGL.textures[id] = gl.createTexture();
    CEGL.bound = -1;
    CEGL.bind(id);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, HEAPU8, pixels);
    return id;
  },

  // Sends one rectangle of a texture: its pixels start at `pixels`, in rows `rowLength` apart.
  ce_gl_texture_update__deps: ['$CEGL'],
  ce_gl_texture_update: function(id, rowLength, x, y, width, height, pixels) {
    var gl = CEGL.gl;
    CEGL.bind(id);
    gl.pixelStorei(gl.UNPACK_ROW_LENGTH, rowLength);
    gl.texSubImage2D(gl.TEXTURE_2D, 0, x, y, width, height, gl.RGBA, gl.UNSIGNED_BYTE, HEAPU8, pixels);
    gl.pixelStorei(gl.UNPACK_ROW_LENGTH, 0);
  },

  ce_gl_texture_destroy__deps: ['$CEGL'],
  ce_gl_texture_destroy: function(id) {
    CEGL.gl.deleteTexture(CEGL.textures[id] || null);
    CEGL.textures[id] = null;
    if (CEGL.bound === id) CEGL.bound = 0;
  },

  // Starts a frame: clears the width x height backing store to (r, g, b) and, when there is
  // anything to draw, uploads the frame's vertices and indices (one call each) and sets the
  // transform from ImGui's pixels to clip space.
  ce_gl_frame__deps: ['$CEGL'],
  ce_gl_frame: function(width, height, r, g, b, vertices, vertexBytes, indices, indexBytes,
                        scaleX, scaleY, offsetX, offsetY) {
    var gl = CEGL.gl;
    gl.viewport(0, 0, width, height);
    gl.scissor(0, 0, width, height);  // the clear obeys the scissor too
    gl.clearColor(r, g, b, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    CEGL.pointedAt = -1;
    if (!vertexBytes || !indexBytes) return;  // a length of 0 would upload the whole memory
    gl.vertexAttrib4f(3, scaleX, scaleY, offsetX, offsetY);
    gl.bufferData(gl.ARRAY_BUFFER, HEAPU8, gl.STREAM_DRAW, vertices, vertexBytes);
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, HEAPU8, gl.STREAM_DRAW, indices, indexBytes);
  },

  // One draw command: `count` 16-bit indices from byte `indexByte` of the index buffer, which
  // count from vertex `firstVertex`, with texture `texture`, clipped to the scissor rectangle
  // (device px, rows from the bottom). A vertex is ImDrawVert, 20 bytes: position and uv as
  // floats, then the colour as 4 bytes (imgui_webgl2.cpp checks that layout when compiled).
  ce_gl_draw__deps: ['$CEGL'],
  ce_gl_draw: function(x, y, width, height, texture, firstVertex, count, indexByte) {
    var gl = CEGL.gl;
    gl.scissor(x, y, width, height);
    CEGL.bind(texture);
    if (firstVertex !== CEGL.pointedAt) {
      var base = firstVertex * 20;
      gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 20, base);
      gl.vertexAttribPointer(1, 2, gl.FLOAT, false, 20, base + 8);
      gl.vertexAttribPointer(2, 4, gl.UNSIGNED_BYTE, true, 20, base + 16);
      CEGL.pointedAt = firstVertex;
    }
    gl.drawElements(gl.TRIANGLES, count, gl.UNSIGNED_SHORT, indexByte);
  },
};

mergeInto(LibraryManager.library, LibraryWebGL2);
