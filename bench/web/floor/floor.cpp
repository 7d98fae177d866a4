// The floor page's program (bench/web/floor/): creates a WebGL2 context on #canvas and draws one
// triangle with one drawElements, then returns. The page around it (index.html) first has the
// browser fetch and compile the widget's own career-explorer.wasm, so the floor's first draw costs
// what any page with this wasm must pay (download, compile, a context, a draw) and nothing more.
// Built with the widget's flags (bench/CMakeLists.txt); it is a measuring stick, not shipped.
#include <GLES3/gl3.h>
#include <emscripten/html5.h>

namespace {

GLuint compile(GLenum kind, const char* source) {
  GLuint shader = glCreateShader(kind);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  return shader;
}

}  // namespace

int main() {
  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.alpha = false;
  attributes.antialias = false;
  attributes.depth = false;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context("#canvas", &attributes);
  if (context <= 0) return 1;
  emscripten_webgl_make_context_current(context);

  GLuint program = glCreateProgram();
  glAttachShader(program, compile(GL_VERTEX_SHADER,
                                  "#version 300 es\nin vec2 p;\nvoid main() { gl_Position = vec4(p, 0.0, 1.0); }\n"));
  glAttachShader(program, compile(GL_FRAGMENT_SHADER,
                                  "#version 300 es\nprecision mediump float;\nout vec4 c;\n"
                                  "void main() { c = vec4(0.2, 0.5, 0.9, 1.0); }\n"));
  glBindAttribLocation(program, 0, "p");
  glLinkProgram(program);
  glUseProgram(program);

  const float corners[] = {-0.5f, -0.5f, 0.5f, -0.5f, 0.0f, 0.5f};
  const unsigned short order[] = {0, 1, 2};
  GLuint buffers[2];
  glGenBuffers(2, buffers);
  glBindBuffer(GL_ARRAY_BUFFER, buffers[0]);
  glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, buffers[1]);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, sizeof order, order, GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);

  glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  glDrawElements(GL_TRIANGLES, 3, GL_UNSIGNED_SHORT, nullptr);
  return 0;
}
